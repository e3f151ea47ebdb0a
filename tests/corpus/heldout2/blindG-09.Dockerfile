# corpus: modelled-on=docker-library/ruby 3.3/slim-bookworm/Dockerfile (optional YJIT via rustup on amd64/arm64 only)
# corpus: expect=
FROM debian:bookworm-slim

RUN set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates; rm -rf /var/lib/apt/lists/*
ENV LANG=C.UTF-8 RUBY_VERSION=3.4.7
ENV RUBY_DOWNLOAD_URL https://cache.ruby-lang.org/pub/ruby/3.4/ruby-3.4.7.tar.xz
ENV RUBY_DOWNLOAD_SHA256 5e231f3f6f664b7455bcf3d8d7398b24af3393b5c9799c2ea79fae286f875b49

RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		dpkg-dev autoconf bzip2 g++ gcc make wget xz-utils ruby \
		libffi-dev libgdbm-dev libgmp-dev libssl-dev libyaml-dev zlib1g-dev \
	; \
	rustArch=; \
	dpkgArch="$(dpkg --print-architecture)"; \
	case "$dpkgArch" in \
		'amd64') rustArch='x86_64-unknown-linux-gnu'; rustupUrl='https://static.rust-lang.org/rustup/archive/1.28.2/x86_64-unknown-linux-gnu/rustup-init'; rustupSha256='10f6fb1ff3c07e5b3b511e64fb9e968ca2510a1d333d6f8dc97889a9d42bde60' ;; \
		'arm64') rustArch='aarch64-unknown-linux-gnu'; rustupUrl='https://static.rust-lang.org/rustup/archive/1.28.2/aarch64-unknown-linux-gnu/rustup-init'; rustupSha256='0f9f2e3593314eb1e7ec460687b91a2dcfbfe4326b24d8681b985af314de4d91' ;; \
	esac; \
	if [ -n "$rustArch" ]; then \
		mkdir -p /tmp/rust; wget -O /tmp/rust/rustup-init "$rustupUrl"; \
		echo "$rustupSha256 */tmp/rust/rustup-init" | sha256sum --check --strict; chmod +x /tmp/rust/rustup-init; \
		export RUSTUP_HOME='/tmp/rust/rustup' CARGO_HOME='/tmp/rust/cargo' PATH="/tmp/rust/cargo/bin:$PATH"; \
		/tmp/rust/rustup-init -y --no-modify-path --profile minimal --default-toolchain '1.91.1' --default-host "$rustArch"; \
	fi; \
	wget -O ruby.tar.xz "$RUBY_DOWNLOAD_URL"; \
	echo "$RUBY_DOWNLOAD_SHA256 *ruby.tar.xz" | sha256sum --check --strict; \
	mkdir -p /usr/src/ruby; tar -xJf ruby.tar.xz -C /usr/src/ruby --strip-components=1; rm ruby.tar.xz; \
	cd /usr/src/ruby; autoconf; \
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
	./configure --build="$gnuArch" --disable-install-doc --enable-shared ${rustArch:+--enable-yjit}; \
	make -j "$(nproc)"; make install; \
	cd /; rm -rf /usr/src/ruby /tmp/rust; \
	apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark > /dev/null; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; rm -rf /var/lib/apt/lists/*; \
	ruby --version; gem --version
CMD ["irb"]
