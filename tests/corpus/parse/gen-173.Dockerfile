#syntax=docker/dockerfile:1-labs
ARG BASE_IMAGE=debian:bookworm-slim
FROM debian:bookworm-slim
ENV GOSU_VERSION 1.17
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates wget; \
	rm -rf /var/lib/apt/lists/*; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
	chmod +x /usr/local/bin/gosu; \
	gosu --version; \
	gosu nobody true

  FROM   alpine:3.19   AS   Final
	RUN	echo tabs
Run echo mixed case
maintainer someone@example.com
LABEL org.opencontainers.image.title="demo app" \
      org.opencontainers.image.version=1.0 \
      description='single quoted'
ENV PATH /usr/local/bin:$PATH
ENV A=1 B="two words" C='three' D=a\ b
EXPOSE 80 443/tcp
WORKDIR /srv/my app

FROM debian:12
RUN --mount=type=cache,target=/var/cache/apt <<EOF
  set -eu
  # comments inside heredocs stay in the body
  dpkgArch="$(dpkg --print-architecture)"
  echo "$dpkgArch"

EOF
ADD --chmod=755 <<-"EOF" /usr/local/bin/healthcheck
	#!/bin/sh
	wget -qO- http://localhost:8080/health || exit 1
	EOF

