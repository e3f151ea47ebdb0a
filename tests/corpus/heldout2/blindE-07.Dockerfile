# corpus: modelled-on=hnw/g and cpuguy83/dockersource Go Dockerfiles (GOARM=${TARGETVARIANT#v}) - variant ARG forgotten
# corpus: expect=AL203@15
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/arm/v6
FROM --platform=$BUILDPLATFORM golang:1.23 AS builder
WORKDIR /app
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev

COPY go.mod go.sum ./
RUN go mod download
COPY . .

# GOARM comes from the platform variant (v6 for the Pi Zero, v7 for Pi 2/3)
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} GOARM=${TARGETVARIANT#v} \
    go build -ldflags="-s -w -X main.version=${VERSION}" -o /out/mqtt2prom ./cmd/mqtt2prom

FROM alpine:3.20
RUN apk add --no-cache ca-certificates \
    && addgroup -S app && adduser -S -G app app
COPY --from=builder /out/mqtt2prom /usr/local/bin/mqtt2prom
USER app
EXPOSE 9641
ENTRYPOINT ["mqtt2prom"]
CMD ["--config", "/etc/mqtt2prom/config.yaml"]
