/* Arrays of 2^31 elements and more, and members beyond the first 2 GiB: every count, length and offset
 * in the generated Java must be a long literal. */
struct huge_arrays {
	long first;
	unsigned char big[0x80000000u];
	int grid[2][0x80000001u];
	long long after : 30;
	char tail;
};
