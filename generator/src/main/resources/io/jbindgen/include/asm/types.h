/* jbindgen built-in: every Linux architecture uses the int-ll64 integer types. */
#ifndef _ASM_TYPES_H
#define _ASM_TYPES_H
#include <asm-generic/int-ll64.h>
#endif /* _ASM_TYPES_H */
