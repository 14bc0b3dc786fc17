/* _Complex and vector types are not modelled: what depends on them gets a diagnostic, the rest its numbers. */
struct um_before { int a; char b; };
struct um_complex { char c; _Complex double z; };
typedef int um_v4si __attribute__((vector_size(16)));
struct um_vector { char c; um_v4si v; };
struct um_nested { struct um_complex inner; };
#define UM_SIZE sizeof(_Complex float)
#define UM_PLAIN 42
struct um_after { short s; long long l; };
