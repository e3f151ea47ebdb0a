# corpus: modelled-on=Rust services with target-cpu=native
# corpus: expect=AL402@6
FROM rust:1.79 AS build
WORKDIR /app
COPY . .
ENV RUSTFLAGS="-C target-cpu=native"
RUN cargo build --release
FROM debian:bookworm-slim
COPY --from=build /app/target/release/server /usr/local/bin/server
