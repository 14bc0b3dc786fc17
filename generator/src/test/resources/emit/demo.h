#include <linux/types.h>
struct lguest_vqconfig { __u16 num; __u16 irq; __u32 pfn; };
enum color { RED, GREEN = 5, BLUE = -1 };
struct demo {
    unsigned int a:3;
    int b:5;
    unsigned int c:20;
    unsigned char kind;
    short s;
    union { int i; float f; };
    enum color col;
    long long big;
    __le16 le;
    __be32 be;
    struct lguest_vqconfig vq[2];
    char name[4];
    unsigned long long u64;
    int flex[];
};
struct __attribute__((packed)) pk { char c; int i; struct lguest_vqconfig v; };
struct __attribute__((packed)) t3 { unsigned int a:2; unsigned int b:20; };
