/* A bare aligned is the target's biggest alignment and competes with numbers by its value (on s390x
 * 8 < 32); attributes after the tag of an enum reference apply to the member, as for struct and union. */
enum abr_e { ABR_A = 1 };
struct abr_bare_then_32 { __attribute__((aligned, aligned(32))) unsigned long m; };
struct abr_32_then_bare { unsigned long m __attribute__((aligned(32), aligned)); };
struct abr_enum_ref { char c; enum abr_e __attribute__((aligned(4), aligned)) m; };
