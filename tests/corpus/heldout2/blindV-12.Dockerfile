# corpus: modelled-on=Go Modbus/FTDI gateway built on BUILDPLATFORM without target + per-arch libftdi .deb driver
# corpus: expect=AL206@9,AL301@14,AL302@15
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
WORKDIR /go/src/app
ENV CGO_ENABLED=0
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -o /out/ftdi-gw ./cmd/ftdi-gw

FROM debian:bookworm-slim
ARG FTDI_VER=1.5-6
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates libusb-1.0-0 \
    && curl -fsSLO "https://downloads.example-iot.io/drivers/libftdi1-2_${FTDI_VER}_amd64.deb" \
    && dpkg -i "libftdi1-2_${FTDI_VER}_amd64.deb" \
    && rm -f ./*.deb \
    && apt-get purge -y curl && apt-get autoremove -y \
    && rm -rf /var/lib/apt/lists/*

COPY --from=build /out/ftdi-gw /usr/local/bin/ftdi-gw
COPY udev/99-ftdi.rules /etc/udev/rules.d/
ENTRYPOINT ["/usr/local/bin/ftdi-gw"]
