/* A header that defines the name of a template placeholder as a macro: no template can be trusted,
 * every request is expanded in full. */
#include "generic.h"

#define __jbindgen_ioctl_argument_1 99
#define SHADOWED_NONE _IO(FIXIO, 0x05)
#define SHADOWED_READ _IOR(FIXIO, 0x06, struct fix_payload)
