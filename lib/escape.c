/* escape_char: the backslash escapes of echo -e, printf formats and printf %b. */
#include "ring3.h"

static int octal(int c)
{
	return c >= '0' && c <= '7';
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int escape_char(const char **s, int zero_octal)
{
	const char *p = *s;
	int c = (unsigned char)*p++, v;
	switch (c) {
	case 'a': c = '\a'; break;
	case 'b': c = '\b'; break;
	case 'e': c = 033; break;
	case 'f': c = '\f'; break;
	case 'n': c = '\n'; break;
	case 'r': c = '\r'; break;
	case 't': c = '\t'; break;
	case 'v': c = '\v'; break;
	case '\\': break;
	case 'c': c = -1; break;
	case 'x':
		if ((v = hexval(*p)) < 0)
			return '\\';
		c = v;
		p++;
		if ((v = hexval(*p)) >= 0) {
			c = c * 16 + v;
			p++;
		}
		break;
	default:
		if (!octal(c))
			return '\\';
		p--;
		if (zero_octal && *p == '0')
			p++;
		c = 0;
		for (int i = 0; i < 3 && octal(*p); i++)
			c = c * 8 + (*p++ - '0');
		c &= 0xff;
	}
	*s = p;
	return c;
}
