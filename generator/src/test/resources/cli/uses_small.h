#include "small.h"
struct s { struct small_point p; };
int x;
