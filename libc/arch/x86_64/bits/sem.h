/* x86_64's semid64_ds keeps a padding word after each time (arch/x86/include/uapi/asm/sembuf.h). */
struct semid_ds {
	struct ipc_perm sem_perm;
	time_t sem_otime;
	unsigned long __unused1;
	time_t sem_ctime;
	unsigned long __unused2;
	unsigned long sem_nsems;
	unsigned long __unused3, __unused4;
};
