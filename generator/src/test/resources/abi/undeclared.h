/* A macro gcc can only evaluate where size_t is declared; this header does not declare it. */
#define NEEDS_SIZE_T (sizeof(size_t) * 2)
#define ALSO_SIZE_T (sizeof(size_t) + 1)
#define PLAIN 3
