# corpus: modelled-on=ewoutp/rpi_watchdog_go / bitflow arm32v7 build images: GOARCH=arm baked into ENV
# corpus: expect=AL204@10
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM golang:1.22-alpine AS build
RUN apk add --no-cache git make
WORKDIR /go/src/github.com/example/pi-fan-controller
COPY . .
# the fan HAT only ships for the Pi, so build for the Pi
ENV GOOS=linux \
    GOARCH=arm GOARM=7 \
    CGO_ENABLED=0
RUN make build BIN=/out/fanctl

FROM alpine:3.20
RUN apk add --no-cache tzdata
COPY --from=build /out/fanctl /usr/local/bin/fanctl
COPY config.example.yaml /etc/fanctl/config.yaml
ENTRYPOINT ["/usr/local/bin/fanctl"]
CMD ["-config", "/etc/fanctl/config.yaml"]
