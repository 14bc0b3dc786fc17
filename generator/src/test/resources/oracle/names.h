/* What gcc names here is known by hand; GccNamesTest checks the oracle's list against it. */
#ifndef NAMES_H
#define NAMES_H
#include <linux/types.h>

struct foo {
	int a;
	struct { int b; union { short c; } u; } named;
	struct { int d; };
	unsigned e:3, :2;
	const struct { char f; } konst;
};
typedef struct { long x; } anon_t;
typedef anon_t alias_t;
struct fwd;
enum col { RED, GREEN = 5 };
enum { LONE = 7 };
typedef int myint;

#define M_SHIFT (1 << 3)
#define M_SIZE sizeof(struct foo)
#define M_FLOAT 1.5
#define M_STRING "str"
#define M_FN(x) (x)
#define M_EMPTY
#define M_TYPE unsigned long
#define M_PTR ((void *)0)
#define M_ENUM GREEN
#define M_BUILTIN __builtin_bswap16(0x8000)
#define M_GONE 1
#undef M_GONE
#define M_BRACE {
#define M_AFTER_BRACE 42
#endif
