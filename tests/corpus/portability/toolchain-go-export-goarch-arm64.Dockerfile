# corpus: modelled-on=Raspberry Pi oriented Go images that export GOARCH=arm64 inside the build RUN
# corpus: expect=AL204@7
FROM golang:1.20-bullseye AS build
WORKDIR /go/src/app
COPY . .
RUN set -eux; \
    export CGO_ENABLED=0 GOOS=linux GOARCH=arm64; \
    go build -trimpath -o /usr/local/bin/sensor-exporter .

FROM debian:bullseye-slim
COPY --from=build /usr/local/bin/sensor-exporter /usr/local/bin/
CMD ["sensor-exporter"]
