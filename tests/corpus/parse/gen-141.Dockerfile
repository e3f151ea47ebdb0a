# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG  REGISTRY=docker.io
ARG TAG
FROM alpine
RUN echo one \
\
    two
RUN echo a \

  b
RUN echo trailing \   
  spaces
RUN echo escaped \\
RUN echo "hash # not a comment" # still not a comment
    # indented comment
RUN echo done

FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0
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
