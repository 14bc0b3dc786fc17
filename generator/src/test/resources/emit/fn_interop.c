#include <stdarg.h>
#include "fn_interop.h"

struct small make_small(int a, float b) { struct small s = { a, b }; return s; }
int small_sum(struct small s, int k) { return s.a + (int) (s.b * k); }
struct pair pair_scale(struct pair p, double k) { struct pair r = { p.x * k, p.y * k }; return r; }
struct mixed mixed_swap(struct mixed m) { struct mixed r = { -m.id, { m.f[1], m.f[0] } }; return r; }
struct large large_add(struct large l, struct large r) {
    struct large s = { l.a + r.a, l.b + r.b, l.c + r.c, l.d + r.d };
    return s;
}
long large_checksum(struct large l) { return l.a * 1000 + l.b * 100 + (long) (l.c * 10) + l.d; }

int fold(const int *values, int count, binop_fn op, int start) {
    int acc = start;
    for (int i = 0; i < count; i++) {
        acc = op(acc, values[i]);
    }
    return acc;
}
double apply_pair(pair_fn f, double x, double y) { struct pair p = { x, y }; return f(p); }
void each_small(void (*visit)(struct small s, void *context), void *context, int n) {
    for (int i = 0; i < n; i++) {
        struct small s = { i, i * 0.5f };
        visit(s, context);
    }
}

int call_linker(Linker f, int x) { return f(x) + 1; }

int toString(void) { return 7; }
long wait(long ticks) { return ticks * 2; }

long sum_longs(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long sum = 0;
    for (int i = 0; i < count; i++) {
        sum += va_arg(ap, long);
    }
    va_end(ap);
    return sum;
}
double sum_kinds(const char *kinds, ...) {
    va_list ap;
    va_start(ap, kinds);
    double sum = 0;
    for (const char *k = kinds; *k; k++) {
        switch (*k) {
        case 'i': sum += va_arg(ap, int); break;
        case 'l': sum += va_arg(ap, long); break;
        case 'd': sum += va_arg(ap, double); break;
        case 'p': { struct pair p = va_arg(ap, struct pair); sum += p.x * p.y; break; }
        case 's': { struct small *s = va_arg(ap, struct small *); sum += s->a + s->b; break; }
        }
    }
    va_end(ap);
    return sum;
}

unsigned char uchar_next(unsigned char c) { return (unsigned char) (c + 1); }
unsigned int uint_twice(unsigned int x) { return x * 2u; }
_Bool is_odd(long x) { return x & 1; }
float half(float f) { return f / 2; }
static struct large larges[3] = { { 1, 2, 3.5, 4 }, { 5, 6, 7.5, 8 }, { 9, 10, 11.5, 12 } };
struct large *large_at(int i) { return &larges[i]; }

static struct node nodes[8];
static struct pair wheres[8];
static char names[8][8];
struct node *make_list(int n) {
    for (int i = 0; i < n; i++) {
        wheres[i].x = i;
        wheres[i].y = -i;
        names[i][0] = 'n'; names[i][1] = 'o'; names[i][2] = 'd'; names[i][3] = 'e';
        names[i][4] = (char) ('0' + i); names[i][5] = 0;
        nodes[i].value = 10 * (i + 1);
        nodes[i].next = i + 1 < n ? &nodes[i + 1] : 0;
        nodes[i].where = &wheres[i];
        nodes[i].name = names[i];
    }
    return &nodes[0];
}
double walk_list(const struct node *head) {
    double sum = 0;
    for (const struct node *p = head; p; p = p->next) {
        sum += p->value + (p->where ? p->where->x : 0);
    }
    return sum;
}

int counter = 41;
struct pair origin = { 1.25, -2.5 };
unsigned short small_counts[4] = { 1, 65535, 3, 4 };
