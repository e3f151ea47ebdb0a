# corpus: modelled-on=vulnerability-DB indexer (cgo + mattn/go-sqlite3) for an in-cluster scanner operator, cross-built on $BUILDPLATFORM with CGO left on
# corpus: expect=AL402@12,AL206@22,AL403@30
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libsqlite3-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*

ARG TARGETOS
ARG TARGETARCH
ENV CGO_ENABLED=1 \
    CGO_CFLAGS="-O2 -g0 -mavx2" \
    CGO_LDFLAGS="-Wl,--as-needed" \
    GOFLAGS=-trimpath

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -tags "libsqlite3 linux" -ldflags "-s -w" -o /out/vulndb-indexer ./cmd/indexer

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libsqlite3-0 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/vulndb-indexer /usr/local/bin/vulndb-indexer
# sqlite is loaded from the distro path
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu
RUN useradd --system --uid 10001 indexer && mkdir -p /var/lib/vulndb && chown indexer /var/lib/vulndb
USER 10001
VOLUME /var/lib/vulndb
ENTRYPOINT ["/usr/local/bin/vulndb-indexer", "--db", "/var/lib/vulndb/vuln.db"]
