/* A cast to an enum type converts to the enum's underlying type, which is not always int; an enum whose
 * values no 64-bit type holds (a negative one beside one above LLONG_MAX) gets the 64-bit signed type. */
enum ec_wide { EC_A, EC_B = 4294967296, EC_C };
enum ec_mixed { EC_NEG = -1, EC_HUGE = 0xffffffffffffffffu };
enum __attribute__((packed)) ec_small { EC_S1 = 1, EC_S2 = 200 };
#define EC_WIDE_CAST ((enum ec_wide)(+(-0xbcU)))
#define EC_MIXED_CAST ((enum ec_mixed)5)
#define EC_SMALL_CAST ((enum ec_small)300)
