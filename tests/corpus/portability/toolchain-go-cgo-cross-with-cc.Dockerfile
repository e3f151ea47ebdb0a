# corpus: modelled-on=Go cgo builds that pick the cross compiler from TARGETARCH (Debian crossbuild-essential)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
RUN apt-get update && apt-get install -y crossbuild-essential-arm64 crossbuild-essential-amd64
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64) CC=x86_64-linux-gnu-gcc ;; \
      arm64) CC=aarch64-linux-gnu-gcc ;; \
    esac; \
    CGO_ENABLED=1 CC=$CC GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM debian:bookworm-slim
COPY --from=build /out/app /usr/local/bin/app
