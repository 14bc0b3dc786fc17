/* Request macros that substitute their arguments without parentheses: the value depends on how the
 * arguments' operators bind with the macro's, so every request must be expanded in full. */
#define _IOC(dir, type, nr, size) (dir << 30 | type << 8 | nr | size << 16)
#define _IO(type, nr) _IOC(0U, type, nr, 0)
#define _IOR(type, nr, size) _IOC(2U, type, nr, sizeof(size))

#define UNP_OR_TYPE _IO(1 | 2, 3)
#define UNP_SUM_NR _IO(4, 1 + 2)
#define UNP_READ _IOR(0x41, 1, int)
#define UNP_CONDITIONAL_NR _IO(5, 1 ? 2 : 3)
