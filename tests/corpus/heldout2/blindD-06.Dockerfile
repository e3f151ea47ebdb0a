# corpus: modelled-on=Cloud-for-You storage-metrics exporter / prometheus-trusted-advisor-exporter Dockerfiles ($BUILDPLATFORM builder that forgets GOARCH)
# corpus: expect=AL206@12
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS builder
ARG VERSION=dev
WORKDIR /workspace

COPY go.mod go.sum ./
RUN go mod download

COPY . .
ENV CGO_ENABLED=0
RUN go build -ldflags="-s -w -X main.version=${VERSION}" -o /workspace/bin/blackbox-probe-exporter ./cmd/exporter

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
 && adduser -D -H -u 10001 exporter
COPY --from=builder /workspace/bin/blackbox-probe-exporter /usr/local/bin/blackbox-probe-exporter
USER 10001
EXPOSE 9115
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:9115/-/healthy || exit 1
ENTRYPOINT ["/usr/local/bin/blackbox-probe-exporter"]
