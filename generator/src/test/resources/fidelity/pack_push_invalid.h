/* '#pragma pack(push, name, 3)': gcc rejects the value and ignores the whole pragma, push included, so
 * a later 'pop, name' pops down to the earlier push of that name. */
#pragma pack(push, ident1, 2)
#pragma pack(push, ident1, 3)
#pragma pack(pop, ident1)
struct ppi_default { char a; int b; };
#pragma pack(push, 2)
#pragma pack(push, named_only)
#pragma pack(pop)
struct ppi_two { char a; int b; };
#pragma pack()
