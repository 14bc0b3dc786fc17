/* A bitfield in a record too large for an object probe (the fuzzer once made one of 12 GB): its bit
 * position is listed as unverifiable, everything else about the record is still judged. */
struct huge_bits {
	char pad[3u << 30];
	unsigned int flag : 3;
	long tail;
};
struct small_bits {
	unsigned char a : 2;
	unsigned char b : 5;
};
