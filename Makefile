# ring3: one non-recursive Makefile. Adding a source file is enough: everything is globbed.
#   make            build/ring3 (own libc, static-PIE), plus host and asan builds on demand
#   make check      all tests, against all three builds, and the QEMU boot test
#   make run        enter ring3's user space in a namespace sandbox
#   make rootfs | initramfs | boot | install DESTDIR= PREFIX=

CC       ?= cc
HOSTCC   ?= cc
ARCH     ?= x86_64
PREFIX   ?= /usr/local
DESTDIR  ?=
B        := build

ifeq ($(origin CC),default)
CC := gcc
endif

WARN     := -Wall -Wextra -Wno-unused-parameter
COMMON   := -std=c11 -D_GNU_SOURCE $(WARN) -MMD -MP
HARDEN   := -fPIE -fstack-protector-strong -D_FORTIFY_SOURCE=0
LDHARDEN := -Wl,-z,relro,-z,now -Wl,-z,noexecstack
# A static-PIE has no dynamic loader: nothing reads the 5 spare DT_NULL slots ld keeps in
# .dynamic for post-link tools, a GNU hash of a symbol table holding only the null
# symbol (sysv's is 12 B smaller), or DT_RELACOUNT (how many RELATIVE relocations
# -z combreloc sorted first, for a loader's fast path; src/start reads every entry's
# type). nocombreloc is also what makes no spares safe: ld 2.40 adds DT_RELACOUNT
# late, into a spare slot, and with none it overwrites the terminating DT_NULL.
# tools/ring3-cc and bench/libc/run link the same.
LDSTATIC := -static-pie -nostdlib -nostartfiles -Wl,--spare-dynamic-tags=0 -Wl,-z,nocombreloc -Wl,--hash-style=sysv
comma    := ,
# Relative relocations packed as DT_RELR (src/start applies them): x86_64 only, as
# aarch64 ld 2.40 ignores the option with a warning.
LDRELR   := $(if $(filter x86_64,$(ARCH)),-Wl$(comma)-z$(comma)pack-relative-relocs)

# --- sources ---------------------------------------------------------------------------
APPLET_SRCS := $(sort $(wildcard applets/*/*.c) $(wildcard sh/*.c) $(wildcard init/*.c))
LIB_SRCS    := $(sort $(wildcard lib/*.c))
PROG_SRCS   := applets/main.c $(LIB_SRCS) $(APPLET_SRCS)
GEN         := $(B)/gen/applets.h

# --- libc (own) --------------------------------------------------------------------------
# libc/src/<area>/<stem>.c is replaced by libc/src/<area>/$(ARCH)/<stem>.[cS] when present.
LIBC_GENERIC := $(sort $(wildcard libc/src/*/*.c))
LIBC_ARCHSRC := $(sort $(wildcard libc/src/*/$(ARCH)/*.c libc/src/*/$(ARCH)/*.S))
LIBC_REPLACED := $(foreach f,$(LIBC_ARCHSRC),$(dir $(patsubst %/,%,$(dir $(f))))$(basename $(notdir $(f))).c)
LIBC_SRCS    := $(filter-out $(LIBC_REPLACED),$(LIBC_GENERIC)) $(LIBC_ARCHSRC)
LIBC_OBJS    := $(patsubst %,$(B)/own/%.o,$(basename $(LIBC_SRCS)))
CRT_SRC      := $(firstword $(wildcard libc/arch/$(ARCH)/crt1.S libc/arch/$(ARCH)/crt1.c))
CRT_OBJ      := $(B)/own/crt1.o

LIBC_INC  := -nostdinc -isystem libc/include -isystem libc/arch/$(ARCH)
# aarch64: GCC's outline atomics call libgcc helpers that want glibc's __getauxval;
# inline LSE/LL-SC sequences need nothing.
ARCH_CFLAGS := $(if $(filter aarch64,$(ARCH)),-mno-outline-atomics)
LIBC_INC  += $(ARCH_CFLAGS)
LIBC_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) -MD -MP -O2 -fPIE -ffreestanding -ffp-contract=off \
	-fno-common -fno-plt -ffunction-sections -fdata-sections -fstack-protector-strong \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	$(LIBC_INC) -Ilibc/src/internal -Ilibc/arch/$(ARCH)/internal
ifneq ($(findstring clang,$(shell $(CC) --version 2>/dev/null | head -n1)),)
LIBC_CFLAGS += -fno-builtin-memcpy -fno-builtin-memset
else
LIBC_CFLAGS += -fno-tree-loop-distribute-patterns
endif
# Code that runs before relocation and TLS (so before the canary exists) lives in src/start;
# it runs once, so it is built for size.
$(B)/own/libc/src/start/%.o: LIBC_EXTRA := -fno-stack-protector -Os
# exit, _Exit and the errno setter are in every program too: also built for size.
$(B)/own/libc/src/exit/%.o $(B)/own/libc/src/errno/%.o: LIBC_EXTRA := -Os

$(B)/own/libc/%.o: libc/%.c
	@mkdir -p $(@D)
	$(CC) $(LIBC_CFLAGS) $(LIBC_EXTRA) -c $< -o $@
$(B)/own/libc/%.o: libc/%.S
	@mkdir -p $(@D)
	$(CC) $(LIBC_CFLAGS) -c $< -o $@
$(CRT_OBJ): $(CRT_SRC)
	@mkdir -p $(@D)
	$(CC) $(LIBC_CFLAGS) -fno-stack-protector -c $< -o $@
$(B)/own/libc.a: $(LIBC_OBJS)
	@rm -f $@
	ar rcs $@ $^

# --- programs, three ways -----------------------------------------------------------------
# -MD, not -MMD: libc's headers are system headers here and must be tracked too.
OWN_CFLAGS  := $(filter-out -MMD,$(COMMON)) -MD -O2 $(HARDEN) $(LIBC_INC) -ffunction-sections -fdata-sections \
	-Ilib -I$(B)/gen
HOST_CFLAGS := $(COMMON) -O2 $(HARDEN) -Ilib -I$(B)/gen
ASAN_CFLAGS := $(COMMON) -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=undefined -Ilib -I$(B)/gen

OWN_OBJS  := $(patsubst %.c,$(B)/own/%.o,$(PROG_SRCS))
HOST_OBJS := $(patsubst %.c,$(B)/host/%.o,$(PROG_SRCS))
ASAN_OBJS := $(patsubst %.c,$(B)/asan/%.o,$(PROG_SRCS))

all: $(B)/ring3

$(B)/own/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(OWN_CFLAGS) -c $< -o $@
$(B)/host/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -c $< -o $@
$(B)/asan/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ASAN_CFLAGS) -c $< -o $@

$(B)/ring3: $(CRT_OBJ) $(OWN_OBJS) $(B)/own/libc.a
	$(CC) $(LDSTATIC) $(LDHARDEN) $(LDRELR) -Wl,--gc-sections -Wl,--build-id=none \
		-o $@ $(CRT_OBJ) $(OWN_OBJS) $(B)/own/libc.a -lgcc
# crypt(3) is in libcrypt with glibc (libcrypt-dev, which libc6-dev pulls in).
HOST_LIBS := -lcrypt
$(B)/host/ring3: $(HOST_OBJS)
	$(CC) -pie $(LDHARDEN) -o $@ $^ $(HOST_LIBS)
$(B)/asan/ring3: $(ASAN_OBJS)
	$(CC) -fsanitize=address,undefined $(LDHARDEN) -o $@ $^ $(HOST_LIBS)

# --- generated applet table -----------------------------------------------------------------
$(B)/tools/genapplets: tools/genapplets.c
	@mkdir -p $(@D)
	$(HOSTCC) -std=c11 -O2 $(WARN) -o $@ $<
# Only the dispatcher includes the table; it is replaced only when its text changes,
# so editing an applet recompiles that applet alone.
$(B)/own/applets/main.o $(B)/host/applets/main.o $(B)/asan/applets/main.o: $(GEN)
$(GEN): $(B)/tools/genapplets $(APPLET_SRCS)
	@mkdir -p $(@D)
	@$(B)/tools/genapplets $(APPLET_SRCS) > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; echo "GEN $@"; fi

# --- libc unit tests (own libc, static-PIE) ---------------------------------------------------
LIBC_TEST_SRCS := $(sort $(wildcard tests/libc/*.c))
LIBC_TESTS     := $(patsubst tests/libc/%.c,$(B)/own/tests/libc/%,$(LIBC_TEST_SRCS))
HOST_LIBC_TESTS := $(patsubst tests/libc/%.c,$(B)/host/tests/libc/%,$(LIBC_TEST_SRCS))
$(B)/own/tests/libc/%: tests/libc/%.c $(CRT_OBJ) $(B)/own/libc.a
	@mkdir -p $(@D)
	$(CC) $(COMMON) -O1 $(HARDEN) $(LIBC_INC) $(LDSTATIC) $(LDHARDEN) \
		$(TEST_LDFLAGS) -o $@ $(CRT_OBJ) $< $(B)/own/libc.a -lgcc
$(B)/host/tests/libc/%: tests/libc/%.c
	@mkdir -p $(@D)
	$(CC) $(COMMON) -O1 -g -fsanitize=address,undefined $(TEST_LDFLAGS) -o $@ $< -lm -lcrypt
# start_relr checks the start code's RELR decoder on itself (glibc 2.36+ reads RELR too).
$(B)/own/tests/libc/start_relr $(B)/host/tests/libc/start_relr: TEST_LDFLAGS := $(LDRELR)

# --- images and running -----------------------------------------------------------------------
builds: $(B)/ring3 $(B)/host/ring3 $(B)/asan/ring3

# Images hold build/ring3 (static, ring3's libc). While ring3's libc cannot link it yet,
# they fall back to the host build (dynamic: mkrootfs copies its libraries) with a
# warning; RING3=path forces a binary.
RING3 ?=
image-binary:
	@mkdir -p $(B)
	@if [ -n "$(RING3)" ]; then echo "$(RING3)"; \
	elif $(MAKE) --no-print-directory -s $(B)/ring3 >$(B)/own-build.log 2>&1; then echo $(B)/ring3; \
	else echo "images: warning: $(B)/ring3 does not build (see $(B)/own-build.log);" \
		"using $(B)/host/ring3" >&2; \
		$(MAKE) --no-print-directory -s $(B)/host/ring3 >&2 && echo $(B)/host/ring3; fi \
		>$(B)/image-binary.tmp && mv $(B)/image-binary.tmp $(B)/image-binary
rootfs: image-binary
	sh tools/mkrootfs "$$(cat $(B)/image-binary)" $(B)/rootfs
initramfs: rootfs
	sh tools/mkinitramfs "$$(cat $(B)/image-binary)" $(B)/rootfs $(B)/initramfs.cpio
	@ls -l $(B)/initramfs.cpio
# Image options (tools/mkrootfs): APPLETS= SERVICES= ROOTPW= CONSOLE=getty MODULES= EXTRA=
export APPLETS SERVICES ROOTPW ROOTPW_SALT CONSOLE MODULES EXTRA
# the rootfs as a reproducible tar.gz; as an OCI image layout (Entrypoint init -c)
tarball: rootfs
	sh tools/mktarball $(B)/rootfs $(B)/rootfs.tar.gz
	@ls -l $(B)/rootfs.tar.gz
oci: rootfs
	sh tools/mkoci $(B)/rootfs $(B)/oci
	@if command -v python3 >/dev/null; then python3 tools/ocicheck $(B)/oci >/dev/null && echo "$(B)/oci: valid OCI image layout"; fi
# the rootfs as an ext4 image plus the stage-1 initramfs that mounts it (root=/dev/vda)
disk: rootfs
	sh tools/mkdisk "$$(cat $(B)/image-binary)" $(B)/rootfs $(B)/disk.ext4 $(B)/initrd.cpio
	@ls -l $(B)/disk.ext4 $(B)/initrd.cpio
bootdisk: disk
	B=$(B) sh tools/boot $(B)/initrd.cpio -a 'root=/dev/vda $(APPEND)' -- \
		-drive file=$(B)/disk.ext4,if=virtio,format=raw -netdev user,id=n0 -device virtio-net-pci,netdev=n0
.PHONY: tarball oci disk bootdisk
run: rootfs $(B)/tools/enter
	$(B)/tools/enter $(B)/rootfs
# make boot APPEND='ring3.test=1' adds kernel arguments
boot: initramfs
	B=$(B) sh tools/boot $(B)/initramfs.cpio $(if $(APPEND),-a '$(APPEND)')
bootcheck: initramfs
	B=$(B) tools/boottest
$(B)/tools/enter: tools/enter.c
	@mkdir -p $(@D)
	$(HOSTCC) -std=c11 -D_GNU_SOURCE -O2 $(WARN) -o $@ $<

# ring3-cc and what it links with, in the installed layout: bin/ring3-cc finds
# ../lib/ring3/{include,libc.a,crt1.o}. The empty libm.a & co. make -lm -lpthread ...
# resolve: all of it is in libc.a.
CC_ROOT  := $(B)/cc/lib/ring3
CC_EMPTY := m pthread dl rt crypt util xnet resolv
cc: $(B)/cc/bin/ring3-cc
$(B)/cc/bin/ring3-cc: tools/ring3-cc $(B)/own/libc.a $(CRT_OBJ) $(shell find libc/include libc/arch/$(ARCH)/bits -name '*.h')
	@rm -rf $(B)/cc && mkdir -p $(B)/cc/bin $(CC_ROOT)/include
	cp -R libc/include/. libc/arch/$(ARCH)/bits $(CC_ROOT)/include/
	cp $(B)/own/libc.a $(CRT_OBJ) $(CC_ROOT)/
	for l in $(CC_EMPTY); do ar rcs $(CC_ROOT)/lib$$l.a; done
	cp tools/ring3-cc $@ && chmod 755 $@

install: $(B)/ring3 $(B)/cc/bin/ring3-cc
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(B)/ring3 $(DESTDIR)$(PREFIX)/bin/ring3
	$(B)/ring3 --install $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(B)/cc/bin/ring3-cc $(DESTDIR)$(PREFIX)/bin/ring3-cc
	install -d $(DESTDIR)$(PREFIX)/lib
	cp -R $(CC_ROOT) $(DESTDIR)$(PREFIX)/lib/

check: builds $(LIBC_TESTS) $(HOST_LIBC_TESTS) $(B)/cc/bin/ring3-cc $(B)/tests/pty $(B)/tests/fuzz/sh-fuzz $(LIBC_FUZZ)
	B=$(B) sh tests/run

$(B)/bench/cputime: bench/cputime.c
	@mkdir -p $(@D)
	$(HOSTCC) -std=c11 -D_GNU_SOURCE -O2 $(WARN) -o $@ $<
bench: $(B)/ring3 $(B)/bench/cputime
	sh bench/run
bench-quick: $(B)/ring3 $(B)/bench/cputime
	sh bench/run --quick
# C library micro-benchmarks: glibc, musl and ring3's libc side by side
bench-libc: $(B)/own/libc.a $(CRT_OBJ)
	B=$(B) sh bench/libc/run
# tests/pty drives interactive shells; the shell's fuzz target runs its corpus under ASan
$(B)/tests/pty: tests/pty.c
	@mkdir -p $(@D)
	$(HOSTCC) -std=c11 -D_GNU_SOURCE -O2 $(WARN) -o $@ $<
SH_FUZZ_SRCS := tests/fuzz/sh.c $(sort $(wildcard sh/*.c)) lib/pformat.c lib/escape.c
$(B)/tests/fuzz/sh-fuzz: $(SH_FUZZ_SRCS) sh/sh.h
	@mkdir -p $(@D)
	$(HOSTCC) -std=c11 -D_GNU_SOURCE $(WARN) -O1 -g -fsanitize=address,undefined \
		-fno-sanitize-recover=undefined -DSH_FUZZ_MAIN -Ish -o $@ $(SH_FUZZ_SRCS)
# libFuzzer: make fuzz-sh [FUZZ_TIME=seconds]
FUZZ_TIME ?= 60
fuzz-sh:
	@mkdir -p $(B)/fuzz/corpus
	clang -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=fuzzer,address,undefined -Ish \
		-o $(B)/fuzz/sh-libfuzzer $(SH_FUZZ_SRCS)
	cp tests/fuzz/corpus/* $(B)/fuzz/corpus/
	cd $(B)/fuzz && ./sh-libfuzzer -max_total_time=$(FUZZ_TIME) -max_len=4096 -close_fd_mask=2 corpus
# libc fuzz targets (tests/fuzz/libc_*.c): each linked with tests/fuzz/driver.c against
# ring3's libc, run over corpus-libc/ plus mutations by tests/fuzz/run-libc
LIBC_FUZZ_NAMES := $(patsubst tests/fuzz/libc_%.c,%,$(sort $(wildcard tests/fuzz/libc_*.c)))
LIBC_FUZZ := $(patsubst %,$(B)/own/tests/fuzz/libc-%,$(LIBC_FUZZ_NAMES))
# (named again here: prerequisites are expanded when read, and check comes first)
check: $(LIBC_FUZZ)
$(B)/own/tests/fuzz/libc-%: tests/fuzz/libc_%.c tests/fuzz/driver.c tests/fuzz/libc_fuzz.h $(CRT_OBJ) $(B)/own/libc.a
	@mkdir -p $(@D)
	$(CC) $(filter-out -MMD -MP,$(COMMON)) -O1 $(HARDEN) $(LIBC_INC) -iquote libc/src/internal \
		$(LDSTATIC) $(LDHARDEN) -o $@ $(CRT_OBJ) tests/fuzz/driver.c $< $(B)/own/libc.a -lgcc
$(B)/own/tests/fuzz/libc-dns: libc/src/network/dns.c
fuzz-libc-check: $(LIBC_FUZZ)
	B=$(B) sh tests/fuzz/run-libc
# libFuzzer: make fuzz-libc [FUZZ_TIME=seconds per target] [FUZZ_TARGETS='printf regex']
# (libFuzzer's runtime needs glibc: these builds exercise the host's libc; see tests/fuzz/README.md)
FUZZ_TARGETS ?= $(LIBC_FUZZ_NAMES)
fuzz-libc:
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(B)/fuzz/libc-$$t/corpus && cp tests/fuzz/corpus-libc/$$t/* $(B)/fuzz/libc-$$t/corpus/ && \
		clang -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=fuzzer,address,undefined -iquote libc/src/internal \
			-o $(B)/fuzz/libc-$$t/fuzzer tests/fuzz/libc_$$t.c && \
		(cd $(B)/fuzz/libc-$$t && ./fuzzer -max_total_time=$(FUZZ_TIME) -max_len=4096 corpus) || exit 1; \
	done
.PHONY: fuzz-libc fuzz-libc-check
# aarch64: the libc unit tests and the multi-call binary cross-built into $(B)/aarch64;
# tests/run runs them under qemu-user (the libc tests through tests/libc/run-aarch64,
# a subset of the shell and applet tests through wrappers). Without the cross
# compiler or qemu: SKIP.
A64_CC   ?= aarch64-linux-gnu-gcc
A64_QEMU ?= qemu-aarch64-static
A64_TESTS := $(patsubst tests/libc/%.c,$(B)/aarch64/own/tests/libc/%,$(filter-out tests/libc/string_x86.c,$(LIBC_TEST_SRCS)))
check: aarch64-tests
aarch64-tests:
	@if command -v $(A64_CC) >/dev/null && command -v $(A64_QEMU) >/dev/null; then \
		$(MAKE) --no-print-directory -k ARCH=aarch64 CC=$(A64_CC) B=$(B)/aarch64 $(A64_TESTS) $(B)/aarch64/ring3 || \
		echo "aarch64-tests: some did not build (each is a FAIL in tests/run)"; \
	else echo "SKIP aarch64 libc tests: $(A64_CC) or $(A64_QEMU) missing"; fi
check-aarch64: aarch64-tests
	A64_QEMU=$(A64_QEMU) sh tests/libc/run-aarch64 $(B)/aarch64
.PHONY: aarch64-tests check-aarch64
# the shell against dash, bash, BusyBox ash and mksh
bench-sh: $(B)/ring3 $(B)/bench/cputime
	RING3=$(B)/ring3 CPUTIME=$(B)/bench/cputime sh bench/sh/run

clean:
	rm -rf $(B)

.PHONY: cc all builds image-binary rootfs initramfs run boot bootcheck install check clean bench bench-quick bench-libc bench-sh fuzz-sh
.DELETE_ON_ERROR:
-include $(shell find $(B) -name '*.d' -type f 2>/dev/null)
