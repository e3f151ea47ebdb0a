# corpus: modelled-on=Go Zigbee coordinator gateway pinned to Pi 4 arch, final stage on BUILDPLATFORM
# corpus: expect=AL204@7,AL208@14
ARG GO_VERSION=1.23

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
# fleet is all Raspberry Pi 4 (64-bit)
ENV CGO_ENABLED=0 GOOS=linux GOARCH=arm64
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -ldflags="-s -w" -o /out/zgw ./cmd/zgw

FROM --platform=$BUILDPLATFORM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
    && adduser -D -H -u 1000 zgw \
    && addgroup zgw dialout
COPY --from=build /out/zgw /usr/bin/zgw
COPY config.yaml /etc/zgw/config.yaml
USER zgw
EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:8081/healthz || exit 1
ENTRYPOINT ["/usr/bin/zgw", "-c", "/etc/zgw/config.yaml"]
