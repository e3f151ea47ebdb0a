# corpus: modelled-on=Rust images producing a Windows artifact with mingw
# corpus: expect=
FROM rust:1.79 AS win
RUN apt-get update && apt-get install -y gcc-mingw-w64-x86-64 && rustup target add x86_64-pc-windows-gnu
WORKDIR /src
COPY . .
RUN cargo build --release --target x86_64-pc-windows-gnu
