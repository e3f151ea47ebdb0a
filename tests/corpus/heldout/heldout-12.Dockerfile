# corpus: modelled-on=gurv/vg-rust-hello Dockerfile and iruoy/rust-multi-stage-docker Dockerfile
# corpus: expect=AL402@7,AL205@10,AL205@13
FROM rust:1.79 AS builder
WORKDIR /usr/src/app
RUN apt-get update && apt-get install -y --no-install-recommends musl-tools && rm -rf /var/lib/apt/lists/*
RUN rustup target add x86_64-unknown-linux-musl
ENV RUSTFLAGS="-C target-cpu=native"
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs \
    && cargo build --release --target x86_64-unknown-linux-musl \
    && rm -rf src
COPY src ./src
RUN touch src/main.rs && cargo build --target x86_64-unknown-linux-musl --release

FROM scratch
COPY --from=builder /usr/src/app/target/x86_64-unknown-linux-musl/release/docker-test /usr/local/bin/docker-test
USER 1000
CMD ["docker-test"]
