#include "does_not_exist.h"
struct a { int x; };
