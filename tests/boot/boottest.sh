#!/bin/sh
# /etc/boottest.sh: checks run inside the booted guest. Verdicts go to the second
# serial port (ttyS1, a file on the host) as "PASS name" / "FAIL name" lines, with the
# failing command's output indented below; "START" first and "DONE" last.
exec 3>/dev/ttyS1 || exec 3>&1
say() { printf '%s\n' "$*" >&3; }
say START
T=/tmp/boottest
mkdir -p "$T" || T=/tmp

read -r cmdline </proc/cmdline
kver=
for w in $cmdline; do
	case $w in ring3.kver=*) kver=${w#*=} ;; esac
done

# check NAME COMMANDS: the status of COMMANDS (run in a subshell in $T) is the verdict.
check() {
	if out=$(cd "$T" && eval "$2" 2>&1); then
		say "PASS $1"
	else
		say "FAIL $1"
		printf '%s\n' "$out" | {
			n=0
			while IFS= read -r line && [ $n -lt 10 ]; do say "    $line"; n=$((n + 1)); done
		}
	fi
}

check pid1-is-init 'read -r comm </proc/1/comm && [ "$comm" = init ]'
check init-mounts 'for m in "/proc proc" "/sys sysfs" "/dev devtmpfs" "/dev/pts devpts" "/run tmpfs"; do
	found=
	while read -r dev dir type rest; do
		[ "$dir $type" = "$m" ] && found=1
	done </proc/mounts
	[ -n "$found" ] || { echo "not mounted: $m"; exit 1; }
done'
check console-fds '[ -c /dev/console ] && [ -c /dev/null ] && [ -c /dev/ttyS1 ]'
check mount-shows-proc 'm=$(mount) && case $m in *" /proc "*) ;; *) echo "$m"; false ;; esac'
check ls 'set -- $(ls /bin) && [ $# -gt 10 ] && [ "$(ls -d /etc)" = /etc ] &&
	l=$(ls -l /bin/ring3) && case $l in -rwx*) ;; *) echo "$l"; false ;; esac'
check cat '[ "$(cat /etc/hostname)" = ring3 ]'
check hostname-from-rc 'read -r h </proc/sys/kernel/hostname && [ "$h" = ring3 ]'
check mkdir-rm 'mkdir -p a/b/c && [ -d a/b/c ] && rm -r a && ! [ -e a ]'
check cp-mv 'echo data >f && cp f g && mv g h && ! [ -e g ] && [ "$(cat h)" = data ]'
check pipeline 'n=$(printf "a\nb\nc\n" | cat | wc -l) && [ $n -eq 3 ]'
check here-doc 'x=$(cat <<END
line $((1 + 1))
END
) && [ "$x" = "line 2" ]'
check command-substitution '[ "$(echo $(echo nested) "$(echo quoted)")" = "nested quoted" ]'
check redirections 'echo a >f && echo b >>f && { read -r x; read -r y; } <f && [ "$x$y" = ab ] &&
	ls /nonexistent 2>err; [ -s err ]'
check functions-loops 'f() { echo $(($1 * 2)); }; s=; for i in 1 2 3; do s=$s$(f $i); done;
	i=0; while [ $i -lt 5 ]; do i=$((i + 1)); done; [ "$s$i" = 2465 ]'
check glob-case 'touch x1 x2 y1 && set -- x* && [ $# = 2 ] && case $2 in x[0-9]) ;; *) false ;; esac'
check uname-r '[ -n "$kver" ] && r=$(uname -r) && [ "$r" = "$kver" ] || { echo "uname -r: $r, kernel: $kver"; false; }'
check cpio-round-trip 'mkdir -p t/d && echo hi >t/d/f && ln -s f t/d/l &&
	printf "t\nt/d\nt/d/f\nt/d/l\n" | cpio -o -H newc --quiet >a.cpio && mkdir x && cd x && cpio -id --quiet <../a.cpio &&
	[ "$(cat t/d/f)" = hi ] && [ "$(cat t/d/l)" = hi ]' 
check orphans-reaped 'i=0; while [ $i -lt 8 ]; do (true &); (sleep 0 &); i=$((i + 1)); done
	tries=0
	while :; do
		z=
		for s in /proc/[0-9]*/stat; do
			read -r pid comm state rest <"$s" 2>/dev/null && [ "$state" = Z ] && z="$z $pid$comm"
		done
		[ -z "$z" ] && break
		tries=$((tries + 1))
		[ $tries -lt 50 ] || { echo "zombies:$z"; exit 1; }
		sleep 1 2>/dev/null || : 
	done'
# the orphan lives until killed: one of 3 s could be gone before a slow guest read it
check orphan-reparented-to-init 'p=$(sh -c "sleep 60 >/dev/null 2>&1 & echo \$!") && [ -n "$p" ] &&
	while read -r k v; do [ "$k" = PPid: ] && { [ "$v" = 1 ] || { echo "PPid $v"; false; }; break; }; done </proc/$p/status
	s=$?; kill "$p"; exit $s'
check poweroff-applet 'command -v poweroff || { echo "no poweroff applet in PATH"; false; }'

# waitfor CONDITION [TENTHS]: poll (0.1 s) until CONDITION holds, 30 s at most (QEMU
# without KVM on a loaded host is slow)
waitfor() {
	i=0
	while ! eval "$1"; do
		i=$((i + 1))
		[ $i -lt "${2:-300}" ] || { echo "timeout: $1"; return 1; }
		sleep 0.1
	done
}

# pid_of NAME: the first process whose comm is NAME
pid_of() {
	for d in /proc/[0-9]*; do
		read -r c <"$d/comm" 2>/dev/null && [ "$c" = "$1" ] && { echo "${d#/proc/}"; return 0; }
	done
	return 1
}

# The root filesystem: an ext4 disk reached through the stage-1 initramfs.
check root-is-ext4-disk 'while read -r dev dir type opts rest; do
	[ "$dir" = / ] && r="$dev $type ${opts%%,*}"; done </proc/mounts
	[ "$r" = "/dev/vda ext4 rw" ] || { echo "/: $r"; false; }'
check stage1-loaded-virtio-blk 'grep -q "^virtio_blk " /proc/modules || cat /proc/modules'
# boot 1's command line has ring3.debugfs=1: /etc/rc mounts debugfs and tracefs
check debugfs-on-request 'for m in "/sys/kernel/debug debugfs" "/sys/kernel/tracing tracefs"; do
	grep -q "^[^ ]* $m " /proc/mounts || { echo "not mounted: $m"; exit 1; }
done'
# written without sync: init's orderly poweroff must get it to the disk (the host
# reads it back with debugfs)
echo "ring3 persist $kver" >/persist.txt

# The console program of /etc/inittab (a CONSOLE=getty image): init runs it itself, a
# child of PID 1 with the arguments of its line, no shell in between.
if [ -f /etc/inittab ]; then
	check console-program-from-inittab 'want=
	while read -r key rest; do [ "$key" = console ] && want=$rest; done </etc/inittab
	[ -n "$want" ] && waitfor "p=\$(pid_of getty)" &&
	read -r pid comm state ppid rest </proc/$p/stat && args=$(tr "\0" " " </proc/$p/cmdline) &&
	[ "$ppid" = 1 ] && [ "$args" = "$want " ] || { echo "getty: parent ${ppid:-?}, args ${args:-?}, /etc/inittab: $want"; false; }'
fi

# /etc/rc's shell and the console program are ring3 applets: init forks and runs them
# without an execve (the same auxiliary vector as init's shows that), yet /proc shows
# their own command line, name and environment (HOME=/root is init's child default,
# the kernel gives init HOME=/), as after an execve
check rc-shell-without-exec '{ read -r args; read -r comm; read -r home; read -r auxv; } </run/rc-proc &&
	[ "$args" = "/bin/sh /etc/rc " ] && [ "$comm" = sh ] && [ "$home" = HOME=/root ] &&
	[ "$auxv" = init-auxv ] || cat /run/rc-proc'
if [ -f /etc/inittab ]; then
	check console-program-without-exec 'waitfor "p=\$(pid_of getty)" && cmp /proc/$p/auxv /proc/1/auxv &&
	tr "\0" "\n" </proc/$p/environ | grep -x HOME=/root &&
	case $(tr "\0" " " </proc/$p/cmdline) in "/sbin/getty "*) ;; *) false ;; esac'
fi

# Supervision: svscan runs /etc/service; demo is killed and comes back; its log lines
# (one per start) reach its logger through the pipe supervise keeps.
S=/etc/service/demo
check svscan-started-by-init 'waitfor "[ -s $S/supervise/pid ]" &&
	read -r pid comm state ppid rest </proc/$(pid_of svscan)/stat &&
	[ "$ppid" = 1 ] || { echo "svscan parent: ${ppid:-none}"; false; }'
check service-restarts-after-kill 'waitfor "[ -s $S/supervise/pid ]" && p1=$(cat $S/supervise/pid) &&
	kill -9 "$p1" && waitfor "p=\$(cat $S/supervise/pid) && [ -n \"\$p\" ] && [ \"\$p\" != $p1 ]" &&
	s=$(sv status demo) && case $s in "run: demo: "*) ;; *) echo "$s"; false ;; esac'
check service-log-arrives 'waitfor "[ \"\$(grep -c \"^demo: started\" /var/log/demo.log 2>/dev/null)\" = 2 ]" ||
	cat /var/log/demo.log'

# syslogd and klogd as services (tools/services): logger's line and the kernel's
# messages reach /var/log/messages
if [ -d /etc/service/syslogd ]; then
	check syslog-logger 'waitfor "[ -S /dev/log ]" && logger -t boottest "hello from logger" &&
		waitfor "grep -q \"boottest: hello from logger\" /var/log/messages 2>/dev/null" ||
		tail -n 5 /var/log/messages'
	check syslog-klogd 'echo "ring3-test: via kmsg" >/dev/kmsg &&
		waitfor "grep -q \"ring3-test: via kmsg\" /var/log/messages 2>/dev/null" ||
		tail -n 5 /var/log/messages'
else
	say "INFO syslog skipped: no syslogd applet"
fi

# DHCP against QEMU's user network (10.0.2.15), when the image has a DHCP client;
# the image's hook script configures eth0, or a minimal one of the test's own
if command -v udhcpc >/dev/null 2>&1; then
	hook=/usr/share/udhcpc/default.script
	if ! [ -x $hook ]; then
		hook=/tmp/dhcp-hook
		printf '%s\n' '#!/bin/sh' 'case $1 in bound|renew) ip addr add "$ip/${mask:-24}" dev "$interface" ;; esac' >$hook
		chmod +x $hook
	fi
	check dhcp-address 'ip link set eth0 up && udhcpc -i eth0 -s '"$hook"' -n -q -t 5 -T 1 >dhcp.out 2>&1
		a=$(ip -4 addr show dev eth0 2>&1)
		case $a in *" 10.0.2.15/"*) ;; *) cat dhcp.out; echo "$a"; false ;; esac'
else
	say "INFO dhcp skipped: no udhcpc applet"
fi

# PID 1's memory, for the report (smaps_rollup: status reads 4 kB here).
rss=
while read -r k v unit; do [ "$k" = Rss: ] && rss=$v; done </proc/1/smaps_rollup 2>/dev/null
say "INFO init-rss ${rss:-?} kB"
# and where it is: "Rss kB perms" per mapping of PID 1 that has any
m=
while read -r a b c d e f; do
	case $a in
	*-*) perms=$b name=${f:-anon} ;;
	Rss:) [ "$b" = 0 ] || m="$m ${b}k:$perms:${name##*/}" ;;
	esac
done </proc/1/smaps 2>/dev/null
say "INFO init-rss-by-mapping$m"
# Asleep, init keeps its data, stack and the one page it sleeps from (init/README.md,
# Memory): well under 100 kB, where the text it touched while starting would be 190 kB.
# Polled: an orphan exiting wakes it for a moment.
rss_under() {
	while read -r k v unit; do [ "$k" = Rss: ] && [ "$v" -lt "$1" ] && return 0; done \
		</proc/1/smaps_rollup
	return 1
}
check init-rss-asleep 'waitfor "rss_under 100" 50 || cat /proc/1/smaps_rollup'
echo "ring3-test: done" >/dev/kmsg 2>/dev/null
say DONE
