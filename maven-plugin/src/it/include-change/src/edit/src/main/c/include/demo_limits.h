#define DEMO_SLOTS 6
