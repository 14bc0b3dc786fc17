#define N N
struct a { char x[N]; };
