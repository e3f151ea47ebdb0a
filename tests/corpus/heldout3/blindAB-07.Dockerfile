# corpus: modelled-on=go-ethereum style geth image cross-compiled with tonistiigi/xx (CGO on, static musl)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS builder
COPY --from=xx / /
RUN apk add --no-cache clang lld git file

# target-side C toolchain: xx-apk installs the musl/gcc for $TARGETPLATFORM (e.g. amd64 or arm64)
ARG TARGETPLATFORM
RUN xx-apk add --no-cache gcc musl-dev linux-headers

WORKDIR /go-ethereum
COPY go.mod go.sum ./
RUN go mod download
COPY . .

ENV CGO_ENABLED=1
RUN --mount=type=cache,target=/root/.cache/go-build \
    xx-go build -trimpath -ldflags "-linkmode external -extldflags -static -s -w" \
      -o /out/geth ./cmd/geth \
 && xx-verify --static /out/geth

FROM alpine:3.20
RUN apk add --no-cache ca-certificates \
 && adduser -D -u 10001 geth
COPY --from=builder /out/geth /usr/local/bin/geth
USER geth
EXPOSE 8545 8546 8551 30303 30303/udp
ENTRYPOINT ["geth"]
