/* Reads what Java wrote through the multi-dimensional accessors, and fills arrays for Java to read. */
#include <string.h>
#include "arrays.h"

#define CHECK(bit, cond) do { if (!(cond)) bad |= 1u << (bit); } while (0)

unsigned check_grid(const struct grid *g) {
	unsigned bad = 0;
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 3; j++)
			CHECK(0, g->cell[i][j] == (__s16)(i * 10 + j - 7));
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 2; j++)
			CHECK(1, g->refs[i][j].row == i && g->refs[i][j].col == 100 + j);
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 3; j++)
			for (int k = 0; k < 4; k++)
				CHECK(2, g->cube[i][j][k] == (__u8)(i * 100 + j * 10 + k));
	CHECK(3, g->be[1][0] == __builtin_bswap32(0xCAFEBABEu) && g->be[0][1] == __builtin_bswap32(1u));
	CHECK(4, g->tail == 0xFFFFFFFFu);
	return bad;
}

void fill_grid(struct grid *g) {
	memset(g, 0, sizeof *g);
	g->cell[1][2] = -32768;
	g->cell[0][1] = 32767;
	g->refs[1][0].row = 65535;
	g->refs[0][1].col = 42;
	g->cube[1][2][3] = 255;
	g->cube[0][1][2] = 7;
	g->be[1][1] = __builtin_bswap32(0x01020304u);
	g->tail = 99;
}

unsigned check_rows(const struct rows *r) {
	unsigned bad = 0;
	CHECK(0, r->count == 2);
	CHECK(1, r->row[0][0] == 1 && r->row[0][2] == 3 && r->row[1][0] == 4 && r->row[1][2] == 65535);
	return bad;
}

unsigned check_packed_grid(const struct packed_grid *p) {
	unsigned bad = 0;
	CHECK(0, p->tag == 9);
	CHECK(1, p->m[0][0] == 1 && p->m[0][1] == 2 && p->m[1][0] == 3 && p->m[1][1] == 0x80000000u);
	return bad;
}

unsigned check_palette(const struct palette *p) {
	unsigned bad = 0;
	CHECK(0, p->shades[0] == SHADE_DARK && p->shades[1] == SHADE_GLOSSY && p->shades[2] == 5);
	CHECK(1, p->pick == SHADE_LIGHT);
	CHECK(2, p->rest == 12345);
	return bad;
}

void fill_palette(struct palette *p) {
	memset(p, 0, sizeof *p);
	p->shades[1] = SHADE_LIGHT;
	p->shades[2] = 7;
	p->pick = SHADE_GLOSSY;
}
