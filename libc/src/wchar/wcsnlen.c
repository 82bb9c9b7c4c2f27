#include <wchar.h>

/* Never reads past s[n - 1]: s need not be terminated within n. */
size_t wcsnlen(const wchar_t *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i]) i++;
	return i;
}
