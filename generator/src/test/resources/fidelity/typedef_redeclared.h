/* A typedef declared again with the same type keeps its first declaration, except that a larger aligned
   attribute raises the alignment for the uses after it only (gcc gives tr_before 4 and tr_after 8):
   jbindgen keeps one alignment per name, so that name is an error and its uses get no numbers. */
typedef int tr_kept __attribute__((aligned(2)));
typedef int tr_kept;
struct tr_a { char c; tr_kept k; };
typedef int tr_lower;
typedef int tr_lower __attribute__((aligned(2)));
struct tr_b { char c; tr_lower l; };
typedef int tr_same __attribute__((aligned(8)));
typedef int tr_same __attribute__((aligned(8)));
struct tr_c { char c; tr_same s; };
typedef int tr_raised;
struct tr_before { char c; tr_raised r; };
typedef int tr_raised __attribute__((aligned(8)));
struct tr_after { char c; tr_raised r; };
struct tr_plain { char c; int i; };
