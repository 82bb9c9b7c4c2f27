/* Set by the start code from argv[0] (GNU extension used by error messages). */
char *program_invocation_name = "", *program_invocation_short_name = "";
