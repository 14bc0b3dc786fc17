#define DEMO_SLOTS 4
