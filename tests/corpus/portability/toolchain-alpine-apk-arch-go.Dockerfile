# corpus: modelled-on=Alpine-based Go images mapping apk --print-arch to GOARCH (docker-library/golang alpine variant)
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v6,linux/arm/v7,linux/386
FROM alpine:3.20
RUN set -eux; \
    apk add --no-cache --virtual .fetch-deps gnupg; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
      'x86_64') export GOAMD64='v1' GOARCH='amd64' GOOS='linux' ;; \
      'armhf') export GOARCH='arm' GOARM='6' GOOS='linux' ;; \
      'armv7') export GOARCH='arm' GOARM='7' GOOS='linux' ;; \
      'aarch64') export GOARCH='arm64' GOOS='linux' ;; \
      'x86') export GO386='softfloat' GOARCH='386' GOOS='linux' ;; \
      *) echo >&2 "error: unsupported architecture '$apkArch'"; exit 1 ;; \
    esac; \
    echo "$GOARCH"
