struct pa_before { int a; };
struct pa_ptr { short m2; void * __attribute((aligned(2))) m4; };
struct pa_plain { char c; char * __attribute__((unused)) p; };
