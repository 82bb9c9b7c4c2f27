/* The float rounding functions through the double ones: a float is an exact double
 * and a rounded float is an integer that the float format holds, so every result is
 * exact. */
#include <math.h>

float rintf(float x) { return rint(x); }
float nearbyintf(float x) { return nearbyint(x); }
long lrintf(float x) { return lrint(x); }
long long llrintf(float x) { return llrint(x); }
long lroundf(float x) { return lround(x); }
long long llroundf(float x) { return llround(x); }
