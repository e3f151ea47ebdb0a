# corpus: modelled-on=project CI image on docker-library/gcc (legacy 32-bit test build with multilib)
# corpus: expect=AL304@8,AL304@11,AL402@30
FROM gcc:14-bookworm

LABEL org.opencontainers.image.description="toolchain image for libfoo CI (64-bit and legacy 32-bit targets)"

RUN set -eux; \
	dpkg --add-architecture i386; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		gcc-multilib g++-multilib libc6-dev-i386 \
		cmake \
		ninja-build \
		pkg-config \
		valgrind \
	; \
	rm -rf /var/lib/apt/lists/*

WORKDIR /usr/src/libfoo
COPY . .

# 64-bit build + tests
RUN set -eux; \
	cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release; \
	cmake --build build; \
	ctest --test-dir build --output-on-failure

# legacy 32-bit ABI build that the downstream plugin loader still expects
RUN set -eux; \
	make -C legacy CC=gcc CFLAGS="-O2 -m32 -fPIC" LDFLAGS="-m32" all; \
	file legacy/libfoo32.so | grep -q 'ELF 32-bit'

CMD ["bash"]
