/* Attributes on bit-field members, named and unnamed zero-width ones (found by the differential fuzzer). */
struct bf_after_width { char c; int a : 3 __attribute__((aligned(8))); int b : 5; };
struct bf_packed_member { char c; int a : 3 __attribute__((packed)); long long b : 40 __attribute__((packed)); };
struct bf_zero_aligned { char c; int : 0 __attribute__((aligned(16))); char d; };
struct bf_zero_aligned_before { char c; int __attribute__((aligned(8))) : 0; char d; };
struct __attribute__((packed)) bf_packed_zero { char c; int : 0; char d; long : 0; char e; };
struct __attribute__((aligned(2))) bf_two_aligned { char a : 5; int b : 9 __attribute__((__aligned__(2), aligned(1 << 2))); };
struct bf_spec_attr { unsigned char __attribute__((__aligned__(4), packed)) a : 3; long b : 16; };
