# corpus: modelled-on=docker-library/pypy 3.10/slim-bookworm/Dockerfile (linux64/aarch64/linux32 tarball case)
# corpus: expect=
FROM debian:bookworm-slim

RUN set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates; rm -rf /var/lib/apt/lists/*

ENV LANG C.UTF-8
ENV PATH /opt/pypy/bin:$PATH
ENV PYPY_VERSION 7.3.20

RUN set -eux; \
	dpkgArch="$(dpkg --print-architecture)"; \
	case "${dpkgArch##*-}" in \
		'amd64') \
			url='https://downloads.python.org/pypy/pypy3.11-v7.3.20-linux64.tar.bz2'; \
			sha256='332b6422b677259922239d00ddf16c6427f0eb03a31b40ae0142c24b296e0211'; \
			;; \
		'arm64') \
			url='https://downloads.python.org/pypy/pypy3.11-v7.3.20-aarch64.tar.bz2'; \
			sha256='6e36b8e26678a0475686506b576409b0473a256e1d4cbe3d1d21086720a96544'; \
			;; \
		'i386') \
			url='https://downloads.python.org/pypy/pypy3.11-v7.3.20-linux32.tar.bz2'; \
			sha256='f9806ca2a1c87fffb446a6464c735304de6cce8aa4a2cbbb9bd19bdde6365e00'; \
			;; \
		*) echo >&2 "error: current architecture ($dpkgArch) does not have a corresponding PyPy $PYPY_VERSION binary release"; exit 1 ;; \
	esac; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends bzip2 wget libexpat1 libncursesw6 libsqlite3-0; \
	wget -O pypy.tar.bz2 "$url" --progress=dot:giga; \
	echo "$sha256 *pypy.tar.bz2" | sha256sum --check --strict -; \
	mkdir /opt/pypy; tar -xjC /opt/pypy --strip-components=1 -f pypy.tar.bz2; rm pypy.tar.bz2; \
	ln -sv '/opt/pypy/bin/pypy3' /usr/local/bin/; \
	apt-mark auto '.*' > /dev/null; [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	rm -rf /var/lib/apt/lists/*; \
	pypy3 --version

CMD ["pypy3"]
