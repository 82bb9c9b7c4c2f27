/* The float logarithms: the double function, rounded once (correctly rounded but
 * where the double result lies within its error of a float tie). Zero, negative and
 * infinite arguments give the double function's results and errno, which the
 * conversion keeps. */
#include <math.h>

float log2f(float x) { return log2(x); }
float log10f(float x) { return log10(x); }
float log1pf(float x) { return log1p(x); }
