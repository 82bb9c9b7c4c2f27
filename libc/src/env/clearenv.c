#include <stdlib.h>
#include "env.h"

int clearenv(void)
{
	if (__environ) {
		for (char **e = __environ; *e; e++) __env_release(*e);
		__environ[0] = 0;
	}
	return 0;
}
