#define A B
#define B A
enum { X = A };
