# corpus: modelled-on=benbjohnson/litestream docs example (ADD release tarball with TARGETARCH in a builder stage)
# corpus: expect=
FROM golang:1.23-alpine AS builder

ARG LITESTREAM_VERSION=0.3.13
# buildx sets this per platform; it must be re-declared inside the stage.
ARG TARGETARCH

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app

# Assets exist for linux-amd64 and linux-arm64, so TARGETARCH maps 1:1.
ADD https://github.com/benbjohnson/litestream/releases/download/v${LITESTREAM_VERSION}/litestream-v${LITESTREAM_VERSION}-linux-${TARGETARCH}.tar.gz /tmp/litestream.tar.gz
RUN tar -C /usr/local/bin -xzf /tmp/litestream.tar.gz

FROM alpine:3.20
RUN apk add --no-cache ca-certificates sqlite
COPY --from=builder /usr/local/bin/litestream /usr/local/bin/litestream
COPY --from=builder /out/app /usr/local/bin/app
COPY etc/litestream.yml /etc/litestream.yml
COPY scripts/run.sh /run.sh
ENTRYPOINT ["/run.sh"]
