/* gcc gives an enum the alignment of its underlying type: an aligned attribute on an enum type is
 * ignored, wherever it stands. */
enum ea_suffix { EA_A, EA_B } __attribute__((aligned(8)));
enum __attribute__((aligned(16))) ea_prefix { EA_C };
struct ea_user { char c; enum ea_suffix m; };
