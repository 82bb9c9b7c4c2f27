#include <termios.h>
#include <errno.h>

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}

speed_t cfgetispeed(const struct termios *t)
{
	return cfgetospeed(t);
}

int cfsetospeed(struct termios *t, speed_t s)
{
	if (s & ~CBAUD) {
		errno = EINVAL;
		return -1;
	}
	t->c_cflag = (t->c_cflag & ~CBAUD) | s;
	t->__c_ospeed = s;
	return 0;
}

/* Linux has one speed per line; 0 for input means "same as output". */
int cfsetispeed(struct termios *t, speed_t s)
{
	return s ? cfsetospeed(t, s) : 0;
}

int cfsetspeed(struct termios *t, speed_t s)
{
	return cfsetospeed(t, s);
}
