# corpus: modelled-on=Rust CLI images building static musl binaries (rustup target add + cargo --target)
# corpus: expect=AL205@9
FROM rust:1.79-alpine AS build
RUN apk add --no-cache musl-dev
RUN rustup target add x86_64-unknown-linux-musl
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src src
RUN cargo build --release --target x86_64-unknown-linux-musl

FROM scratch
COPY --from=build /app/target/x86_64-unknown-linux-musl/release/app /app
ENTRYPOINT ["/app"]
