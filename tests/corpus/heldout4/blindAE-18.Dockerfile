# corpus: modelled-on=Rust CLI shipped as a static musl binary; target triple pinned and final stage on the build platform
# corpus: expect=AL205@12,AL208@14
FROM rust:1.75-alpine AS build
RUN apk add --no-cache musl-dev pkgconfig openssl-dev openssl-libs-static
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs \
 && cargo fetch
COPY src ./src
# make sure the binary is fully static
RUN sed -i 's/^\[profile.release\]/[profile.release]\nlto = true\ncodegen-units = 1/' Cargo.toml \
 && cargo build --release --locked --target x86_64-unknown-linux-musl

FROM --platform=$BUILDPLATFORM alpine:3.19
RUN apk add --no-cache ca-certificates tzdata \
 && adduser -D -u 10001 app
COPY --from=build /app/target/x86_64-unknown-linux-musl/release/sqlfmt /usr/local/bin/sqlfmt
USER app
WORKDIR /work
ENTRYPOINT ["sqlfmt"]
