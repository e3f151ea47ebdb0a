# corpus: modelled-on=Rust web services that added --platform=$BUILDPLATFORM for speed but kept a native cargo build
# corpus: expect=AL206@6
FROM --platform=$BUILDPLATFORM rust:1.79 AS build
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/src/app/target/release/web /usr/local/bin/web
CMD ["web"]
