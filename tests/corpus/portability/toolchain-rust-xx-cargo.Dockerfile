# corpus: modelled-on=tonistiigi/xx README Rust example (xx-cargo)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM rust:1.79-alpine AS build
COPY --from=xx / /
RUN apk add clang lld
ARG TARGETPLATFORM
RUN xx-apk add --no-cache musl-dev gcc
WORKDIR /src
COPY . .
RUN xx-cargo build --release --target-dir ./build && \
    xx-verify ./build/$(xx-cargo --print-target-triple)/release/hello && \
    cp ./build/$(xx-cargo --print-target-triple)/release/hello /hello
FROM scratch
COPY --from=build /hello /hello
