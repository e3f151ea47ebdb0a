# corpus: modelled-on=Cross-compiled Go MQTT gateway for Raspberry Pi (BUILDPLATFORM golang, GOARM from TARGETVARIANT)
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
# syntax=docker/dockerfile:1.6
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
ARG TARGETVARIANT
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
# GOARM only matters for linux/arm; v7 -> 7, v6 -> 6
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod \
    GOARM="${TARGETVARIANT#v}" \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/mqtt-gw ./cmd/gateway

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/mqtt-gw /usr/local/bin/mqtt-gw
# ttyAMA0 / ttyUSB0 are mapped in by compose; dialout group on the host
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/mqtt-gw"]
CMD ["--broker", "tcp://mosquitto:1883"]
