# corpus: modelled-on=docker-library/golang 1.23/bookworm/Dockerfile (per-arch Go tarball case, condensed)
# corpus: expect=
FROM buildpack-deps:bookworm-scm AS build

ENV PATH /usr/local/go/bin:$PATH
ENV GOLANG_VERSION 1.25.4

RUN set -eux; \
	arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
	url=; \
	case "$arch" in \
		'amd64') \
			url='https://dl.google.com/go/go1.25.4.linux-amd64.tar.gz'; \
			sha256='30c5255bc47ab07ebf70b914350ef6a626fadb3e25024f59935d74527b04b29f'; \
			;; \
		'arm64') \
			url='https://dl.google.com/go/go1.25.4.linux-arm64.tar.gz'; \
			sha256='f6ece289a3ee750791ae04e4c2d900c5dd765b0cfa6357043a0577d120b15d95'; \
			;; \
		'armhf') url='https://dl.google.com/go/go1.25.4.linux-armv6l.tar.gz'; sha256='6e36b8e26678a0475686506b576409b0473a256e1d4cbe3d1d21086720a96544' ;; \
		'ppc64el') url='https://dl.google.com/go/go1.25.4.linux-ppc64le.tar.gz'; sha256='f9806ca2a1c87fffb446a6464c735304de6cce8aa4a2cbbb9bd19bdde6365e00' ;; \
		's390x') url='https://dl.google.com/go/go1.25.4.linux-s390x.tar.gz'; sha256='cc31c2944585a4d52a5a8935f07c7ede3a911afb2651753969d37524e1e3c22b' ;; \
		*) echo >&2 "error: unsupported architecture '$arch' (likely packaging update needed)"; exit 1 ;; \
	esac; \
	wget -O go.tgz.asc "$url.asc"; \
	wget -O go.tgz "$url" --progress=dot:giga; \
	echo "$sha256 *go.tgz" | sha256sum -c -; \
	GNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \
	gpg --batch --keyserver hkps://keyserver.ubuntu.com --recv-keys 'EB4C 1BFD 4F04 2F6D DDCC  EC91 7721 F63B D38B 4796'; \
	gpg --batch --verify go.tgz.asc go.tgz; \
	gpgconf --kill all; rm -rf "$GNUPGHOME" go.tgz.asc; \
	tar -C /usr/local -xzf go.tgz; rm go.tgz; \
	go version

FROM buildpack-deps:bookworm-scm
ENV GOTOOLCHAIN=local GOPATH=/go
ENV PATH $GOPATH/bin:/usr/local/go/bin:$PATH
COPY --from=build --link /usr/local/go/ /usr/local/go/
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
WORKDIR $GOPATH
