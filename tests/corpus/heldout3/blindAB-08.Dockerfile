# corpus: modelled-on=erigontech/erigon Dockerfile (silkworm C API library installed only on amd64)
# corpus: expect=
ARG BUILDER_IMAGE=golang:1.23-bookworm
ARG TARGET_BASE_IMAGE=debian:12-slim

FROM ${BUILDER_IMAGE} AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /erigon
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod \
    make erigon \
 && mkdir -p /silkworm \
 && if [ "$(uname -m)" = "x86_64" ]; then \
      cp "$(go env GOMODCACHE)"/github.com/erigontech/silkworm-go@*/lib/linux_x64/libsilkworm_capi.so /silkworm/; \
    fi

FROM ${TARGET_BASE_IMAGE}
ARG TARGETARCH
RUN --mount=type=bind,from=builder,source=/silkworm,target=/tmp/silkworm \
    adduser --system --uid 1000 --group --home /home/erigon erigon \
 && apt-get update && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && if [ "${TARGETARCH}" = "amd64" ]; then \
      install -m 0644 /tmp/silkworm/libsilkworm_capi.so /lib/x86_64-linux-gnu/; \
    fi
COPY --from=builder /erigon/build/bin/erigon /usr/local/bin/erigon
USER erigon
WORKDIR /home/erigon
EXPOSE 8545 8551 30303 30303/udp 42069 42069/udp
ENTRYPOINT ["erigon"]
