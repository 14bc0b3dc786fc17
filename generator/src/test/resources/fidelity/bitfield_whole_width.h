/* A bit-field as wide as an integer mode (8, 16, 32, 64 bits) whose bits before it are a multiple of that
   mode's alignment (always so in a union) is laid out by gcc as an ordinary member: it takes the mode's
   alignment, which i386 lowers to 4 for 64 bits only when the member has no aligned attribute, and the
   straddling rule no longer applies to it (found by the differential fuzzer, seed 37, on i386). */
typedef int ww_int1 __attribute__((aligned(1)));
typedef short ww_short1 __attribute__((aligned(1)));
typedef long long ww_ll2 __attribute__((aligned(2)));
typedef long long ww_ll1 __attribute__((aligned(1)));
typedef char ww_char32 __attribute__((aligned(32)));
struct ww_fuzz { long long __attribute__ ((aligned(4))) m1 : 64; int m9; int m10; };
struct ww_after_width { long long m1 : 64 __attribute__((aligned(4))); int m9; };
struct ww_misplaced { int c; long long __attribute__((aligned(4))) m1 : 64; int m9; };
struct ww_after_ll { long long c; long long __attribute__((aligned(4))) m1 : 64; int m9; };
struct ww_narrower { unsigned long long __attribute__((aligned(4))) m1 : 63; int m9; };
union ww_union { long long __attribute__((aligned(2))) m1 : 64; char m9; };
struct ww_lowered_int { ww_int1 m : 32; char z; };
struct ww_lowered_int_misplaced { char c; ww_int1 m : 32; char z; };
struct ww_lowered_short { ww_short1 m : 16; char z; };
struct ww_lowered_ll { ww_ll2 m : 64; char z; };
struct ww_lowered_unnamed { ww_int1 : 32; char h; };
union ww_lowered_union { ww_int1 m : 32; char z; };
struct ww_overaligned { char a[8]; ww_char32 m : 8; char z; };
struct ww_overaligned_misplaced { char a[3]; ww_char32 m : 8; char z; };
struct ww_mixed { char c; short __attribute__((aligned(2))) e : 16; int __attribute__((aligned(2))) f : 32; long long __attribute__((aligned(2))) g : 64; };
#pragma pack(push, 2)
struct ww_pack2 { ww_ll1 m : 64; char z; };
union ww_pack2_union { ww_int1 m : 32; char z; };
#pragma pack(pop)
struct __attribute__((packed)) ww_packed { ww_ll1 m : 64; char z; unsigned char b : 8; };
