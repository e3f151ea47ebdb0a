# corpus: modelled-on=Cosmos SDK (non-wasm) chain Dockerfile shipping on distroless, build env pinned in ENV
# corpus: expect=AL204@7,AL209@21
FROM golang:1.22-bookworm AS builder

ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64 \
    GOFLAGS=-mod=readonly

WORKDIR /app
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .

ARG VERSION=v0.0.0-dev
RUN --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath \
      -ldflags "-s -w -X github.com/cosmos/cosmos-sdk/version.Name=nexus -X github.com/cosmos/cosmos-sdk/version.Version=${VERSION}" \
      -o /out/nexusd ./cmd/nexusd

FROM gcr.io/distroless/static-debian12:nonroot-amd64
COPY --from=builder /out/nexusd /usr/bin/nexusd
WORKDIR /home/nonroot
EXPOSE 26656 26657 1317 9090
USER nonroot:nonroot
ENTRYPOINT ["/usr/bin/nexusd"]
CMD ["start"]
