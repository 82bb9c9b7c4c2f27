# /etc/boottest-env.sh: ENV for the boot test's second boot (ENV= on the kernel command
# line reaches init's environment, and so the console shell): the interactive shell
# reads it just before its first prompt and marks that moment in the kernel log.
echo "ring3-test: prompt" >/dev/kmsg 2>/dev/null
