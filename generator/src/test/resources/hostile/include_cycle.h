#include "include_cycle.h"
struct a { int x; };
