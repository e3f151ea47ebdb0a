# corpus: modelled-on=litecoind/bitcoind images that use one download stage per arch and select it with FROM fetch-${TARGETARCH}
# corpus: expect=
ARG LITECOIN_VERSION=0.21.4

FROM debian:bookworm-slim AS fetch-base
ARG LITECOIN_VERSION
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates wget \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /dl

# Only the stage matching the target platform is ever built by BuildKit.
FROM fetch-base AS fetch-amd64
ARG LITECOIN_VERSION
RUN wget -q https://download.litecoin.org/litecoin-${LITECOIN_VERSION}/linux/litecoin-${LITECOIN_VERSION}-x86_64-linux-gnu.tar.gz \
 && tar -xzf litecoin-${LITECOIN_VERSION}-x86_64-linux-gnu.tar.gz --strip-components=1

FROM fetch-base AS fetch-arm64
ARG LITECOIN_VERSION
RUN wget -q https://download.litecoin.org/litecoin-${LITECOIN_VERSION}/linux/litecoin-${LITECOIN_VERSION}-aarch64-linux-gnu.tar.gz \
 && tar -xzf litecoin-${LITECOIN_VERSION}-aarch64-linux-gnu.tar.gz --strip-components=1

FROM fetch-${TARGETARCH} AS fetch

FROM debian:bookworm-slim
RUN useradd -r -m -d /home/litecoin litecoin
COPY --from=fetch /dl/bin/litecoind /dl/bin/litecoin-cli /usr/local/bin/
USER litecoin
VOLUME ["/home/litecoin/.litecoin"]
EXPOSE 9332 9333 19332 19333
ENTRYPOINT ["litecoind", "-printtoconsole"]
