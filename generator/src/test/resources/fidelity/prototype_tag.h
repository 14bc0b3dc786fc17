/* A tag defined in a parameter list is another type than the file-scope tag of the same name. */
void takes(struct pt { long long a; char b[40]; } *p);
struct pt { char c; };
struct pt_user { struct pt x; char y; };
