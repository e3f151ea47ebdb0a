# corpus: modelled-on=Rust images that pin the target through CARGO_BUILD_TARGET in ENV
# corpus: expect=AL205@4
FROM rust:1.79-slim AS build
ENV CARGO_BUILD_TARGET=x86_64-unknown-linux-gnu
WORKDIR /src
COPY . .
RUN cargo build --release
FROM debian:bookworm-slim
COPY --from=build /src/target/x86_64-unknown-linux-gnu/release/server /usr/local/bin/server
CMD ["server"]
