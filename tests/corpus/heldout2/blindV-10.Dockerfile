# corpus: modelled-on=LoRa packet forwarder + Go bridge built with BUILDPLATFORM, prebuilt forwarder copied from context
# corpus: expect=AL203@9,AL303@19
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS bridge
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=$TARGETARCH \
    go build -ldflags "-s -w" -o /out/lora-bridge ./cmd/lora-bridge

FROM alpine:3.20
ARG TARGETARCH
RUN apk add --no-cache ca-certificates libgpiod tzdata \
    && addgroup -S lora && adduser -S -G lora -G dialout lora

COPY --from=bridge /out/lora-bridge /usr/local/bin/lora-bridge
# reference forwarder built once on the RAK gateway
COPY prebuilt/lora_pkt_fwd-armv7 /usr/local/bin/lora_pkt_fwd
COPY config/global_conf.${TARGETARCH}.json /etc/lora/global_conf.json
COPY reset_lgw.sh /usr/local/bin/

USER lora
EXPOSE 1700/udp
ENTRYPOINT ["/usr/local/bin/lora-bridge"]
