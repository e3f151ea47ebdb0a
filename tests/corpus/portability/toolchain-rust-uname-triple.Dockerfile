# corpus: modelled-on=rust-lang/docker-rust style: triple from the running machine
# corpus: expect=
FROM rust:1.79
WORKDIR /src
COPY . .
RUN arch="$(uname -m)"; \
    cargo build --release --target "${arch}-unknown-linux-gnu"
