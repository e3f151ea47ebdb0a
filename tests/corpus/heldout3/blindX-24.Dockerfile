# corpus: modelled-on=Go Prometheus exporter images with GOARCH=amd64 baked into the builder (the kubebuilder-style "Build the exporter binary" Dockerfile) shipped on distroless
# corpus: expect=AL204@7,AL208@16
# Exporter that scrapes the HAProxy runtime API socket and re-exports Prometheus metrics.
FROM golang:1.22-bookworm AS build
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
ARG VERSION=dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" \
      -o /out/haproxy-runtime-exporter ./cmd/exporter

FROM --platform=$BUILDPLATFORM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/haproxy-runtime-exporter /haproxy-runtime-exporter
USER nonroot:nonroot
EXPOSE 9101
ENTRYPOINT ["/haproxy-runtime-exporter"]
CMD ["--haproxy.socket=/var/run/haproxy/admin.sock", "--web.listen-address=:9101"]
