/* Multi-dimensional arrays: scalar, record, big-endian and packed elements, and a flexible outer
 * dimension; Java and gcc must agree on every element. */
#include <linux/types.h>

struct cell_ref {
	__u16 row;
	__u16 col;
};

struct grid {
	__s16 cell[2][3];
	struct cell_ref refs[2][2];
	__u8 cube[2][3][4];
	__be32 be[2][2];
	__u32 tail;
};

struct rows {
	__u32 count;
	__u16 row[][3];
};

struct __attribute__((packed)) packed_grid {
	__u8 tag;
	__u32 m[2][2];
};

enum shade { SHADE_DARK = 1, SHADE_LIGHT = 2, SHADE_GLOSSY = 9 };

struct palette {
	enum shade shades[3];
	enum shade pick : 4;
	unsigned int rest : 28;
};
