/* Layout fixture: mirrored declaration by declaration in LayoutFixture.java. */
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef __u64 __aligned_u64 __attribute__((aligned(8)));
typedef int int2 __attribute__((aligned(2)));

struct lguest_device_desc { __u8 type; __u8 num_vq; __u8 feature_len; __u8 config_len; __u8 status; __u8 config[0]; };
struct lguest_vqconfig { __u16 num; __u16 irq; __u64 pfn; };
struct aligned_pfn { __u16 num; __aligned_u64 pfn; int2 small; };
struct bits { unsigned a:3; unsigned b:30; unsigned char c:2; long long d:40; int :0; char e; };
struct packed_bits { char a; unsigned b:12; unsigned c:20; long long d:33; } __attribute__((packed));
struct anon { int kind; union { __u32 u; struct { __u16 lo, hi; }; }; char tail[]; };
union u { char c[3]; short s; };
struct arr { char c; short m[2][3]; double d; };
struct withpad { char c; long l; char d; } __attribute__((aligned(32)));
struct fam { int n; long long data[]; };
enum small { S_A = 1, S_B = 0x7fffffff };
struct nested { struct lguest_vqconfig v; enum small e; char c; };
typedef struct { char c; int i; } anon_t;
struct zw { char a; int :0; char b; unsigned : 4; char c: 3; _Bool f:1; };
struct fieldattr { char a; int b __attribute__((aligned(16))); char c __attribute__((packed)); int d __attribute__((packed)); };
union ubits { unsigned a:5; unsigned char b:3; long long :7; };
struct ptrs { char c; void *p; long l; long double ld; };
enum { NEG = -2, POS = 7 };
#define FIX_NEG (-5)
#define FIX_BIG 0xffffffffffffffffULL
#define FIX_U 3u
#define FIX_LONG (1L << 40)
