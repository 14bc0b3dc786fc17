/* Shadows include/demo_limits.h from the second build on. */
#define DEMO_SLOTS 9
