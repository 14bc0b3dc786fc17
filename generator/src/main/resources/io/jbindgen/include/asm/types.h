/* jbindgen built-in: the kernel's integer types. Most architectures use int-ll64; powerpc64 and mips64
   use int-l64 (64-bit types are long) unless __SANE_USERSPACE_TYPES__ is defined; s390 and powerpc add
   a few types of their own. */
#ifndef _ASM_TYPES_H
#define _ASM_TYPES_H
#if (defined(__powerpc64__) || (defined(__mips64) && _MIPS_SZLONG == 64)) && !defined(__SANE_USERSPACE_TYPES__) \
    && !defined(__KERNEL__)
#include <asm-generic/int-l64.h>
#else
#include <asm-generic/int-ll64.h>
#endif
#if defined(__s390__) && !defined(__ASSEMBLY__)
typedef unsigned long addr_t;
typedef __signed__ long saddr_t;
typedef struct {
	__u32 u[4];
} __vector128;
#endif
#if defined(__powerpc__) && !defined(__ASSEMBLY__)
typedef struct {
	__u32 u[4];
} __attribute__((aligned(16))) __vector128;
#endif
#endif /* _ASM_TYPES_H */
