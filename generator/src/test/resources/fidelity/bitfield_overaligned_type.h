/* A bit-field that would straddle a unit of its over-aligned type moves by whole units counted from gcc's
   running byte offset, a multiple of the target's biggest alignment (16 bytes on most targets, 8 on s390x
   and armhf) or of the record's own alignment if larger, not from the record's start (found by the
   differential fuzzer, seed 37, on s390x; the same rule on every target). */
typedef char oa_char32 __attribute__((aligned(32)));
typedef char oa_char16 __attribute__((aligned(16)));
typedef short oa_short32 __attribute__((aligned(32)));
struct oa_fuzz { char m9[4 * 2]; _Bool : 1; oa_char32 m11 : 7; };
struct oa_after8 { char a[8]; oa_char32 m : 7; char z; };
struct oa_after16 { char a[16]; oa_char32 m : 7; char z; };
struct oa_after17 { char a[17]; oa_char32 m : 7; char z; };
struct oa_after24 { char a[24]; oa_char32 m : 7; char z; };
struct oa_user_aligned { char a[25]; oa_char32 __attribute__((aligned(8))) m : 7; char z; };
struct oa_chain { char a[16]; oa_char32 m : 7; oa_char32 n : 7; oa_char32 o : 3; char z; };
struct oa_short { char a[40]; oa_short32 m : 9; char z; };
struct oa_char16 { char a[8]; char b : 1; oa_char16 m : 7; char z; };
struct oa_after_zero { char a[16]; int : 0; oa_char32 m : 7; char z; };
struct oa_long_double { long double x; char a[16]; oa_char32 m : 7; char z; };
struct __attribute__((aligned(64))) oa_record_aligned { char a[16]; oa_char32 m : 7; char z; };
struct oa_record_aligned_after { char a[16]; oa_char32 m : 7; char z; } __attribute__((aligned(64)));
