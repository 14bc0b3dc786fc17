/* A second header. */
struct other_pair {
	long a;
	long long b;
};
