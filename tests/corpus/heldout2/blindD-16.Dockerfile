# corpus: modelled-on=tonistiigi/xx README cargo example applied to a Rust host-metrics agent (xx-cargo from $BUILDPLATFORM)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld pkg-config
ARG TARGETPLATFORM
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target,id=target-$TARGETPLATFORM \
    xx-cargo build --release --locked \
 && cp target/$(xx-cargo --print-target-triple)/release/hostmetrics-agent /usr/local/bin/hostmetrics-agent \
 && xx-verify /usr/local/bin/hostmetrics-agent

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/hostmetrics-agent /usr/local/bin/hostmetrics-agent
USER 65534
ENTRYPOINT ["/usr/local/bin/hostmetrics-agent"]
