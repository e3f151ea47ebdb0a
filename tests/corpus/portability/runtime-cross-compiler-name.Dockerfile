# corpus: modelled-on=cross compiler names are not paths
# corpus: expect=
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
RUN apt-get update && apt-get install -y gcc-aarch64-linux-gnu gcc-x86-64-linux-gnu
ARG TARGETARCH
RUN case "$TARGETARCH" in amd64) CC=x86_64-linux-gnu-gcc ;; arm64) CC=aarch64-linux-gnu-gcc ;; esac; \
    $CC -O2 -o /out/app app.c
FROM debian:bookworm-slim
COPY --from=build /out/app /usr/local/bin/app
