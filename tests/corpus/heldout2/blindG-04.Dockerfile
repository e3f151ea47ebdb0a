# corpus: modelled-on=docker-library/julia 1.11/bookworm/Dockerfile, rebuilt by a project that also targets Raspberry Pi
# corpus: expect=AL301@22
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM debian:bookworm-slim

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates curl; \
	rm -rf /var/lib/apt/lists/*

ENV JULIA_PATH /usr/local/julia
ENV PATH $JULIA_PATH/bin:$PATH
ENV JULIA_GPG 3673DF529D9049477F76B37566E3C7DC03D6E495
ENV JULIA_VERSION 1.12.1

RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends gnupg; \
	rm -rf /var/lib/apt/lists/*; \
	arch="$(dpkg --print-architecture)"; \
	case "$arch" in \
		'amd64') url='https://julialang-s3.julialang.org/bin/linux/x64/1.12/julia-1.12.1-linux-x86_64.tar.gz'; sha256='ca1d2eabe48621aa10f6346e7151637442bb120db2ab93685c172cd4c7d04d31' ;; \
		'arm64') url='https://julialang-s3.julialang.org/bin/linux/aarch64/1.12/julia-1.12.1-linux-aarch64.tar.gz'; sha256='437d14d5de83c31005be54e50810db21e48d03a9b1ef3e83c17bd5b4388ae9f7' ;; \
		'i386') url='https://julialang-s3.julialang.org/bin/linux/x86/1.12/julia-1.12.1-linux-i686.tar.gz'; sha256='f213d5ecbb82f6ac8119d69fcddf9603bc88ba24e2ea62404a97d04bbe3e7cc0' ;; \
		'ppc64el') url='https://julialang-s3.julialang.org/bin/linux/ppc64le/1.12/julia-1.12.1-linux-ppc64le.tar.gz'; sha256='1d5006d0f2d4f76bf37296feda6d63d69622057063d5b43f0bb03c080ed94444' ;; \
		*) echo >&2 "error: current architecture ($arch) does not have a corresponding Julia binary release"; exit 1 ;; \
	esac; \
	curl -fL -o julia.tar.gz.asc "$url.asc"; \
	curl -fL -o julia.tar.gz "$url"; \
	echo "$sha256 *julia.tar.gz" | sha256sum --strict --check -; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$JULIA_GPG"; \
	gpg --batch --verify julia.tar.gz.asc julia.tar.gz; \
	gpgconf --kill all; rm -rf "$GNUPGHOME" julia.tar.gz.asc; \
	mkdir "$JULIA_PATH"; tar -xzf julia.tar.gz -C "$JULIA_PATH" --strip-components 1; rm julia.tar.gz; \
	apt-mark auto '.*' > /dev/null; [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	julia --version
CMD ["julia"]
