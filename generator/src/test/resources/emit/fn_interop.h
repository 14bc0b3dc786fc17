/* Functions, callbacks, variadics and globals for the function-binding interop test. */
#ifndef FN_INTEROP_H
#define FN_INTEROP_H

/* 8 bytes: one INTEGER eightbyte (int and float share it). */
struct small { int a; float b; };
/* 16 bytes: two SSE eightbytes. */
struct pair { double x; double y; };
/* 16 bytes: INTEGER then SSE (an array of two floats). */
struct mixed { long id; float f[2]; };
/* 32 bytes: passed and returned in memory. */
struct large { long a; long b; double c; int d; };

struct small make_small(int a, float b);
int small_sum(struct small s, int k);
struct pair pair_scale(struct pair p, double k);
struct mixed mixed_swap(struct mixed m);
struct large large_add(struct large l, struct large r);
long large_checksum(struct large l);

typedef int (*binop_fn)(int, int);
int fold(const int *values, int count, binop_fn op, int start);
typedef double (*pair_fn)(struct pair);
double apply_pair(pair_fn f, double x, double y);
void each_small(void (*visit)(struct small s, void *context), void *context, int n);

/* Names that the generated code uses too: they must not shadow java.lang.foreign.Linker. */
typedef int (*Linker)(int);
int call_linker(Linker f, int x);

/* C names that would clash with java.lang.Object's methods. */
int toString(void);
long wait(long ticks);

long sum_longs(int count, ...);
double sum_kinds(const char *kinds, ...);

unsigned char uchar_next(unsigned char c);
unsigned int uint_twice(unsigned int x);
_Bool is_odd(long x);
float half(float f);
struct large *large_at(int i);
/* Declared, never defined: calling it reports the missing symbol. */
int missing_function(void);

/* Pointer members: to a record (the same one), to a record of another type, to a scalar. */
struct node { long value; struct node *next; struct pair *where; const char *name; };
/* A list of n nodes valued 10, 20, ...; node i points at a pair (i, -i) and is named "node<i>". */
struct node *make_list(int n);
/* The sum of the values of the list, following next until NULL; with where->x added. */
double walk_list(const struct node *head);

extern int counter;
extern struct pair origin;
extern unsigned short small_counts[4];

#endif
