# corpus: modelled-on=Rust CLI cross-built with tonistiigi/xx (xx-apt-get, xx-cargo, xx-verify) into debian:bookworm-slim
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.83-slim-bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld pkg-config
ARG TARGETPLATFORM
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --locked \
 && xx-verify ./target/$(xx-cargo --print-target-triple)/release/logtail \
 && cp ./target/$(xx-cargo --print-target-triple)/release/logtail /usr/local/bin/logtail

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/logtail /usr/local/bin/logtail
RUN useradd --system --no-create-home logtail
USER logtail
ENTRYPOINT ["logtail"]
