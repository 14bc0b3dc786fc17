/* A typedef's aligned(N) may lower the alignment of the type it names (gcc honours it for the
 * typedef, unlike aligned on a member, which only raises); a struct of those packs tighter. */
typedef int i1b __attribute__((aligned(1)));
typedef struct { int a; } __attribute__((aligned(1))) sa1;
struct inner { int a; };
typedef struct inner __attribute__((aligned(1))) inner1;
typedef i1b i1c;
struct s2 { char c; i1b x; };
struct s3 { char c; sa1 x; };
struct s4 { char c; inner1 x; };
struct s5 { char c; i1c x; };
struct s6 { char c; int x __attribute__((aligned(1))); };
struct s7 { char c; i1b x[2]; };
