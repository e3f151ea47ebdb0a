# corpus: modelled-on=rakmaster/goapi dockerfile (inline GOARCH=amd64) + arhat-dev/dockerfile ${ARCH}-prefixed base images
# corpus: expect=AL204@15,AL209@19
ARG ARCH=amd64
ARG GO_VERSION=1.22

FROM golang:${GO_VERSION}-alpine AS builder
RUN apk add --no-cache git make ca-certificates tzdata
WORKDIR /go/src/webhook-relay
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# static binary for the production hosts
RUN CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64 \
    go build -ldflags="-w -s" -o /bin/webhook-relay ./cmd/relay

# runtime image
FROM ${ARCH}/alpine:3.20
RUN apk add --no-cache ca-certificates \
 && addgroup -S relay && adduser -S -G relay relay
COPY --from=builder /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=builder /bin/webhook-relay /usr/local/bin/webhook-relay
USER relay
EXPOSE 9000
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:9000/healthz || exit 1
ENTRYPOINT ["webhook-relay"]
