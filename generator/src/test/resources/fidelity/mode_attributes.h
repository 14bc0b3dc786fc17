/* mode(SF) and mode(DF) make a floating member a float or a double (jbindgen kept the declared type); a
   vector mode makes a vector type, which is not modelled (found by hand, checked against gcc). */
typedef float ma_f64 __attribute__((mode(DF)));
struct ma_df { char c; float x __attribute__((mode(DF))); };
struct ma_sf { char c; double y __attribute__((mode(SF))); };
struct ma_typedef { char c; ma_f64 z; };
struct ma_int { char c; int q __attribute__((mode(QI))); long long w __attribute__((__mode__(__HI__))); };
struct ma_vector { char c; int v __attribute__((mode(V4SI))); };
struct ma_plain { char c; double d; };
