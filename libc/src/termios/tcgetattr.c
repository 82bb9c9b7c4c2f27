#include <termios.h>
#include <sys/ioctl.h>

int tcgetattr(int fd, struct termios *t)
{
	if (ioctl(fd, TCGETS, t)) return -1;
	t->__c_ispeed = t->__c_ospeed = t->c_cflag & CBAUD;
	return 0;
}
