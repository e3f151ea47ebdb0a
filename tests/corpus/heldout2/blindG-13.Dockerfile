# corpus: modelled-on=docker-library/rabbitmq 3.13/ubuntu/Dockerfile (OpenSSL machine per dpkg arch, arm-only -march in armhf branch)
# corpus: expect=
FROM ubuntu:24.04 AS openssl-builder

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends build-essential ca-certificates gnupg wget dpkg-dev

ENV OPENSSL_VERSION=3.5.4
ENV OPENSSL_SOURCE_SHA256="513cfd6c74c858d1e67c4a43024532e28f70d5045935ce5cd814d9387ad0790d"
ENV OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl

RUN set -eux; \
	OPENSSL_PATH="/usr/local/src/openssl-$OPENSSL_VERSION"; \
	wget --progress dot:giga --output-document "$OPENSSL_PATH.tar.gz" "https://github.com/openssl/openssl/releases/download/openssl-$OPENSSL_VERSION/openssl-$OPENSSL_VERSION.tar.gz"; \
	echo "$OPENSSL_SOURCE_SHA256 *$OPENSSL_PATH.tar.gz" | sha256sum --check --strict -; \
	mkdir -p "$OPENSSL_PATH"; tar --extract --file "$OPENSSL_PATH.tar.gz" --directory "$OPENSSL_PATH" --strip-components 1; \
	cd "$OPENSSL_PATH"; \
# OpenSSL's "config" script guesses from uname, which lies under emulation -- be explicit
	dpkgArch="$(dpkg --print-architecture)"; dpkgArch="${dpkgArch##*-}"; \
	case "$dpkgArch" in \
		amd64) opensslMachine='linux-x86_64' ;; \
		arm64) opensslMachine='linux-aarch64' ;; \
		armhf) opensslMachine='linux-armv4'; opensslExtraConfig='-march=armv7-a+fp' ;; \
		ppc64el) opensslMachine='linux-ppc64le' ;; \
		s390x) opensslMachine='linux64-s390x' ;; \
		*) echo >&2 "error: unsupported arch: '$dpkgArch'"; exit 1 ;; \
	esac; \
	./Configure "$opensslMachine" enable-fips \
		--prefix="$OPENSSL_INSTALL_PATH_PREFIX" \
		--libdir="$OPENSSL_INSTALL_PATH_PREFIX/lib" \
		-Wl,-rpath="$OPENSSL_INSTALL_PATH_PREFIX/lib" \
		${opensslExtraConfig:-} \
	; \
	make -j "$(getconf _NPROCESSORS_ONLN)"; make install_sw install_ssldirs install_fips

FROM ubuntu:24.04
ENV OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl
COPY --from=openssl-builder $OPENSSL_INSTALL_PATH_PREFIX $OPENSSL_INSTALL_PATH_PREFIX
RUN ldconfig && $OPENSSL_INSTALL_PATH_PREFIX/bin/openssl version
