/* '#pragma pack(pop, name)' with a name never pushed pops one entry, as a plain pop does (gcc warns). */
#pragma pack(push, 16)
#pragma pack(pop, never_pushed)
struct ppu_default {
	unsigned long a : 24;
	unsigned int b : 14;
	signed char c : 8;
};
#pragma pack(1)
#pragma pack(push, 16)
#pragma pack(pop, never_pushed)
struct ppu_packed {
	unsigned long a : 24;
	unsigned int b : 14;
	signed char c : 8;
};
#pragma pack()
