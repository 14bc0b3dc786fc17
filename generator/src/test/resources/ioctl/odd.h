/* Request macros that use their arguments in ways a template cannot stand for: stringized, pasted,
 * cast to, or reached from the argument back into the request being valued. */
#define ODD_CAT(a, b) a##b
#define _IO(type, nr) (((type) << 8) | ODD_CAT(0x, nr))
#define _IOR(type, nr, size) (((type) << 8) | (nr) | ((unsigned long) sizeof(size) << 16) | sizeof(#type))
#define _IOW(type, nr, size) (((type) << 8) | (nr) | ((size) 0))

#define ODD_PASTED _IO(0x43, 12)
#define ODD_STRINGIZED _IOR(0x43, 1, int)
#define ODD_CAST _IOW(0x43, 2, int)
#define ODD_ARG_MACRO 0x43
#define ODD_PASTED_MACRO_ARG _IO(ODD_ARG_MACRO, 34)

