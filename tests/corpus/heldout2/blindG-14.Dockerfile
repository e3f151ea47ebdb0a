# corpus: modelled-on=docker-library/busybox latest-1/glibc/Dockerfile.builder (generated per-arch builder reused as a multi-arch build)
# corpus: expect=AL209@3
FROM arm64v8/debian:trixie-slim

RUN set -eux; \
	apt-get install --update -y bzip2 curl gcc gnupg make patch; \
	apt-get dist-clean

RUN mkdir -p ~/.gnupg && gpg --batch --keyserver keyserver.ubuntu.com --recv-keys C9E9416F76E610DBD09D040F47B70C55ACC9965B

ENV BUSYBOX_VERSION=1.37.0 BUSYBOX_SHA256=36099587d934f6b92c3d3315f0404d5d8d97ffe3caf3e39ee7691a15d727775f

RUN set -eux; \
	tarball="busybox-${BUSYBOX_VERSION}.tar.bz2"; \
	curl -fL -o busybox.tar.bz2.sig "https://busybox.net/downloads/$tarball.sig"; \
	curl -fL -o busybox.tar.bz2 "https://busybox.net/downloads/$tarball"; \
	echo "$BUSYBOX_SHA256 *busybox.tar.bz2" | sha256sum -c -; \
	gpg --batch --verify busybox.tar.bz2.sig busybox.tar.bz2; \
	mkdir -p /usr/src/busybox; tar -xf busybox.tar.bz2 -C /usr/src/busybox --strip-components=1; \
	rm busybox.tar.bz2*

WORKDIR /usr/src/busybox

RUN set -eux; \
	make defconfig; \
# override SUBARCH explicitly instead of trusting "uname -m" (kernel arch != userspace arch)
	distroArch="$(dpkg --print-architecture)"; \
	case "$distroArch" in \
		amd64 | x86_64)        ARCH='x86_64'  ;; \
		arm64 | aarch64)       ARCH='aarch64' ;; \
		armhf | armel | armv*) ARCH='arm'     ;; \
		i386  | x86)           ARCH='i386'    ;; \
		ppc*)                  ARCH='powerpc' ;; \
		riscv64)               ARCH='riscv64' ;; \
		s390x)                 ARCH='s390'    ;; \
		*) echo >&2 "error: unknown architecture: '$distroArch'"; exit 1 ;; \
	esac; \
	export ARCH; \
	make -j "$(nproc)" busybox; ./busybox --help; \
	mkdir -p rootfs/bin; ln -vL busybox rootfs/bin/; chroot rootfs /bin/busybox --install /bin
