# corpus: modelled-on=ADD of an arch-specific model/binary file from the context
# corpus: expect=AL303@9
FROM rust:1.75 AS build
WORKDIR /app
COPY . .
RUN cargo build --release
FROM debian:bookworm-slim
COPY --from=build /app/target/release/server /usr/local/bin/server
ADD ./assets/models/x86_64/model.bin /opt/models/model.bin
