# corpus: modelled-on=per-arch stages named with the uname spelling (build-x86_64)
# corpus: expect=
FROM --platform=linux/amd64 debian:bookworm AS build-x86_64
RUN echo x86_64 > /arch
FROM --platform=linux/arm64 debian:bookworm AS build-aarch64
RUN echo aarch64 > /arch
