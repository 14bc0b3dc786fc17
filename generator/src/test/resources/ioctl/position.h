/* A request macro whose value depends on where it is expanded (__LINE__, __COUNTER__): each request
 * must be expanded where it is, never taken from a template. */
#define _IO(type, nr) (((type) << 8) | (nr) | (__LINE__ << 16))
#define _IOR(type, nr, size) (((type) << 8) | (nr) | (sizeof(size) << 16) | (__COUNTER__ << 24))

#define POS_FIRST _IO(0x42, 1)
#define POS_SECOND _IO(0x42, 2)
#define POS_READ_A _IOR(0x42, 3, int)
#define POS_READ_B _IOR(0x42, 4, int)
