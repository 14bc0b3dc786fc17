/* jbindgen built-in: fixed-width kernel integer types of the 64-bit architectures whose 64-bit types
   are long (powerpc64 and mips64 without __SANE_USERSPACE_TYPES__). */
#ifndef _ASM_GENERIC_INT_L64_H
#define _ASM_GENERIC_INT_L64_H

#include <asm/bitsperlong.h>

#ifndef __ASSEMBLY__

typedef __signed__ char __s8;
typedef unsigned char __u8;

typedef __signed__ short __s16;
typedef unsigned short __u16;

typedef __signed__ int __s32;
typedef unsigned int __u32;

typedef __signed__ long __s64;
typedef unsigned long __u64;

#endif /* __ASSEMBLY__ */
#endif /* _ASM_GENERIC_INT_L64_H */
