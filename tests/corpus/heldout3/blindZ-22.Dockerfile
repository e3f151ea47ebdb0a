# corpus: modelled-on=Rust Kafka-to-Delta ingester built on $BUILDPLATFORM with a pinned cargo --target, runtime stage on $TARGETPLATFORM
# corpus: expect=AL205@11,AL202@14
FROM --platform=$BUILDPLATFORM rust:1.80-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends protobuf-compiler libclang-dev cmake \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY crates/ crates/
# kafka -> delta lake ingester (rdkafka + deltalake crates)
RUN cargo build --release --locked --target x86_64-unknown-linux-gnu --bin ingest \
 && cp target/x86_64-unknown-linux-gnu/release/ingest /usr/local/bin/ingest

FROM --platform=$TARGETPLATFORM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libssl3 libsasl2-2 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/ingest /usr/local/bin/ingest
USER 65534:65534
ENTRYPOINT ["/usr/local/bin/ingest"]
CMD ["--config", "/etc/ingest/config.toml"]
