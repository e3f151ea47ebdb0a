# corpus: modelled-on=Cosmos SDK chain cross-built from $BUILDPLATFORM with CGO + wasmvm (gaia/juno-style builder)
# corpus: expect=AL206@24
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM golang:1.22-alpine3.20 AS builder
ARG TARGETOS
ARG TARGETARCH
ARG WASMVM_VERSION=v2.1.4

RUN apk add --no-cache build-base git linux-headers ca-certificates
WORKDIR /src

RUN set -eux; \
    ARCH=$(uname -m); \
    wget -q -O /lib/libwasmvm_muslc.${ARCH}.a \
      "https://github.com/CosmWasm/wasmvm/releases/download/${WASMVM_VERSION}/libwasmvm_muslc.${ARCH}.a"; \
    cp /lib/libwasmvm_muslc.${ARCH}.a /lib/libwasmvm_muslc.a

COPY go.mod go.sum ./
RUN go mod download
COPY . .

ENV LDFLAGS="-linkmode=external -extldflags '-Wl,-z,muldefs -static'"
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=1 GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build \
      -tags "netgo,ledger,muslc" \
      -ldflags "${LDFLAGS}" \
      -o /out/junctiond ./cmd/junctiond

FROM alpine:3.20
RUN apk add --no-cache ca-certificates jq
COPY --from=builder /out/junctiond /usr/local/bin/junctiond
USER nobody
EXPOSE 26656 26657 1317 9090
ENTRYPOINT ["junctiond"]
CMD ["start"]
