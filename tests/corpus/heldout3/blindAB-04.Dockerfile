# corpus: modelled-on=Cosmos SDK chain builder fetching libwasmvm_muslc.$(uname -m).a + checksums.txt (osmosis/neutron style)
# corpus: expect=
ARG GO_VERSION=1.22
ARG RUNNER_IMAGE=gcr.io/distroless/static-debian12:nonroot

FROM golang:${GO_VERSION}-alpine3.20 AS builder
RUN apk add --no-cache ca-certificates build-base git linux-headers binutils-gold

WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download

# wasmvm ships libwasmvm_muslc.x86_64.a and libwasmvm_muslc.aarch64.a;
# uname -m in this (native, non-cross) stage returns exactly those suffixes.
RUN set -eux; \
    ARCH=$(uname -m); \
    WASMVM_VERSION=$(go list -m github.com/CosmWasm/wasmvm/v2 | cut -d ' ' -f 2); \
    wget -q -O /lib/libwasmvm_muslc.${ARCH}.a \
      "https://github.com/CosmWasm/wasmvm/releases/download/${WASMVM_VERSION}/libwasmvm_muslc.${ARCH}.a"; \
    wget -q -O /tmp/checksums.txt \
      "https://github.com/CosmWasm/wasmvm/releases/download/${WASMVM_VERSION}/checksums.txt"; \
    sha256sum /lib/libwasmvm_muslc.${ARCH}.a | grep "$(grep libwasmvm_muslc.${ARCH}.a /tmp/checksums.txt | cut -d ' ' -f 1)"

COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    LEDGER_ENABLED=false BUILD_TAGS=muslc LINK_STATICALLY=true make build \
 && file /src/build/chaind | grep "statically linked"

FROM ${RUNNER_IMAGE}
COPY --from=builder /src/build/chaind /bin/chaind
ENV HOME=/chain
WORKDIR $HOME
EXPOSE 26656 26657 1317 9090
ENTRYPOINT ["chaind"]
