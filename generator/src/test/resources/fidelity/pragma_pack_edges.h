/* #pragma pack at its edges: the value at the closing brace applies, it caps aligned members, gcc ignores
   values other than 0, 1, 2, 4, 8, 16 and a pop with a number; zero-width bit-fields are not capped. */
struct pp_late { char c;
#pragma pack(1)
int x; char d; long long y; };
#pragma pack()
struct pp_aligned { char c; int x __attribute__((aligned(16))); };
#pragma pack(2)
struct pp_capped { char c; int x __attribute__((aligned(16))); };
struct __attribute__((aligned(16))) pp_record_aligned { char c; int x; };
struct __attribute__((packed)) pp_packed { char c; int x; long long y __attribute__((aligned(8))); };
#pragma pack(3)
struct pp_three { char c; int x; };
#pragma pack(32)
struct pp_thirty_two { char c; long long x; int y __attribute__((aligned(32))); };
#pragma pack(0)
struct pp_zero { char c; long long x; };
#pragma pack(2)
struct pp_zero_width { char c; int : 0; char d; long long : 0; char e; int f : 3; };
#pragma pack(push, 1)
#pragma pack(push)
#pragma pack(4)
#pragma pack(pop)
struct pp_pushed { char c; long long x; };
#pragma pack(pop)
struct pp_popped { char c; long long x; };
#pragma pack(push, 4)
#pragma pack(pop, 2)
struct pp_pop_number { char c; long long x; };
#pragma pack()
#pragma pack(8)
#pragma pack(push, id1, 1)
#pragma pack(push, 2)
#pragma pack(pop, id1)
struct pp_named_pop { char c; long long x; };
#pragma pack()
struct pp_reset_inside {
#pragma pack(1)
char c; int x;
#pragma pack()
};
_Pragma("pack(push, 2)")
struct pp_operator { char c; int x : 20; int y : 20; };
_Pragma("pack(pop)")
