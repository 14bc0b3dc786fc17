/* jbindgen built-in: every Linux architecture uses the int-ll64 integer types; s390 adds a few. */
#ifndef _ASM_TYPES_H
#define _ASM_TYPES_H
#include <asm-generic/int-ll64.h>
#if defined(__s390__) && !defined(__ASSEMBLY__)
typedef unsigned long addr_t;
typedef __signed__ long saddr_t;
typedef struct {
	__u32 u[4];
} __vector128;
#endif
#endif /* _ASM_TYPES_H */
