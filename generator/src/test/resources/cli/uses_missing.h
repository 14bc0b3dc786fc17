#include "small.h"
struct broken { struct nowhere n; };
