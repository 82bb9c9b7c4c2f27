/* bench/libc/true.c: start and exit, nothing else (the start+exit figure). */
int main(void)
{
	return 0;
}
