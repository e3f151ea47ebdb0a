# corpus: modelled-on=tonistiigi/xx README rust example (xx-cargo) but the runtime stage pinned to $BUILDPLATFORM
# corpus: expect=AL208@23
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx

FROM --platform=$BUILDPLATFORM rust:1.83-bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld pkg-config \
 && rm -rf /var/lib/apt/lists/*
ARG TARGETPLATFORM
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target,id=target-$TARGETPLATFORM \
    xx-cargo build --release --bin gatekeeper \
 && xx-verify ./target/$(xx-cargo --print-target-triple)/release/gatekeeper \
 && cp ./target/$(xx-cargo --print-target-triple)/release/gatekeeper /usr/local/bin/

# runtime
# (copied from an internal template; keeps pulls fast on the amd64 CI runners)
FROM --platform=$BUILDPLATFORM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/gatekeeper /usr/local/bin/gatekeeper
USER nobody
ENTRYPOINT ["gatekeeper"]
