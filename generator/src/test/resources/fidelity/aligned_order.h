/* Several aligned attributes: on a type (a struct or union, a typedef) each replaces the one before, so
 * the last wins and a typedef may lower its alignment; a typedef's attributes after the declarator come
 * before those among its specifiers. On a member the largest wins and none lowers it. */
struct ao_bare_then_8 { long m1 : 14; } __attribute__((aligned, aligned(8)));
struct ao_16_then_8 { long m1; } __attribute__((aligned(16), aligned(8)));
struct ao_8_then_16 { long m1; } __attribute__((aligned(8), aligned(16)));
struct __attribute__((aligned(16))) ao_prefix_suffix { long m1; } __attribute__((aligned(8)));
union __attribute((aligned, aligned(16))) ao_union { unsigned long long __attribute__((__aligned__(4), aligned)) m15; };
typedef long long ao_t1 __attribute__((__aligned__(4), __aligned__(2)));
typedef long long __attribute__((aligned(2))) ao_t2 __attribute__((aligned(4)));
typedef long long __attribute__((aligned(16))) __attribute__((aligned(2))) ao_t3;
typedef long long ao_t4 __attribute__((aligned(2))) __attribute__((aligned(4)));
struct ao_members {
	char c;
	int x __attribute__((aligned(16), aligned(4)));
	char d;
	long long y __attribute__((aligned(2)));
	ao_t1 z;
};
