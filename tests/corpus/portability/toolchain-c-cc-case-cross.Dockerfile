# corpus: modelled-on=C cross builds choosing CC in a case on TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG TARGETARCH
RUN apt-get update && apt-get install -y gcc-aarch64-linux-gnu gcc-x86-64-linux-gnu make
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64) export CC=x86_64-linux-gnu-gcc ;; \
      arm64) export CC=aarch64-linux-gnu-gcc ;; \
      *) echo "unsupported" >&2; exit 1 ;; \
    esac; \
    make CC="$CC"
FROM debian:bookworm-slim
COPY --from=build /src/daemon /usr/sbin/daemon
