# corpus: modelled-on=Rust release images building every target in a loop and picking one by TARGETARCH
# corpus: expect=
FROM rust:1.79 AS build
RUN rustup target add x86_64-unknown-linux-musl aarch64-unknown-linux-musl
WORKDIR /src
COPY . .
RUN for t in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do \
      cargo build --release --target "$t"; \
    done
FROM alpine:3.20
ARG TARGETARCH
COPY --from=build /src/target/ /targets/
