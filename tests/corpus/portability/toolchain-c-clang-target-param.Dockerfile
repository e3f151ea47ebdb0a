# corpus: modelled-on=C builds passing clang --target from xx-info
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y clang lld
ARG TARGETPLATFORM
RUN xx-apt-get install -y libc6-dev
WORKDIR /src
COPY main.c .
RUN clang --target=$(xx-info triple) -fuse-ld=lld -o /out main.c
FROM debian:bookworm-slim
COPY --from=build /out /usr/local/bin/main
