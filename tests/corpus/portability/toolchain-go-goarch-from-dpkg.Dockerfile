# corpus: modelled-on=docker-library/golang style: derive Go's arch spelling from dpkg --print-architecture
# corpus: expect=
FROM debian:bookworm-slim
RUN set -eux; \
    apt-get update; apt-get install -y --no-install-recommends ca-certificates golang-go; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
      amd64) export GOARCH='amd64' ;; \
      arm64) export GOARCH='arm64' ;; \
      armhf) export GOARCH='arm' GOARM='7' ;; \
      *) echo >&2 "unsupported architecture: $dpkgArch"; exit 1 ;; \
    esac; \
    go version
