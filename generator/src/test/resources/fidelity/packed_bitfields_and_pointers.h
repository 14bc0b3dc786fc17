/* A packed record packs every bit-field, char ones too (they straddle bytes, as gcc does since 4.4);
 * 'packed' after a '*' applies to the pointer type and is ignored; a last member without its semicolon
 * is a member (gcc accepts it with a pedantic warning). */
struct __attribute__((packed)) pb_char_bits { unsigned a : 3; char b : 7; };
struct __attribute((__packed__)) pb_unnamed { unsigned : 26; char m3 : 7; };
struct pb_member_packed { unsigned a : 3; char b : 7 __attribute__((packed)); };
struct pb_pointer_packed { signed char m6; int * __attribute__((__packed__)) m7; };
union pb_union { int * __attribute__ ((__packed__)) m17; };
struct pb_no_semicolon { _Bool m8 : 1; char m9 : 8; long m10 } __attribute__ ((packed));
