/* true, false - return a fixed exit status (POSIX)
 *
 * APPLET(true, BIN)
 * APPLET(false, BIN)
 * usage: true | false
 *
 * true does nothing and succeeds; false does nothing and fails (status 1).
 */
int true_main(int argc, char **argv)
{
	return 0;
}

int false_main(int argc, char **argv)
{
	return 1;
}
