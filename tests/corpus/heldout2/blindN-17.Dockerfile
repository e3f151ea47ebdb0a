# corpus: modelled-on=confluent-kafka-go on Debian with system librdkafka, shared libs copied into distroless/base
# corpus: expect=AL403@21,AL403@22
FROM golang:1.23-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends librdkafka-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# pkg-config dir is per-arch on Debian, ask the compiler for the triplet
RUN export PKG_CONFIG_PATH="/usr/lib/$(gcc -dumpmachine)/pkgconfig" \
 && CGO_ENABLED=1 go build -tags dynamic \
      -ldflags "-s -w -X main.buildArch=$(go env GOARCH)" \
      -o /out/eventsink ./cmd/eventsink \
 && ldd /out/eventsink

FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /out/eventsink /eventsink
# distroless/base has no librdkafka; bring the shared objects along
COPY --from=build /usr/lib/x86_64-linux-gnu/librdkafka.so.1 /usr/lib/x86_64-linux-gnu/
COPY --from=build /usr/lib/x86_64-linux-gnu/libsasl2.so.2 /usr/lib/x86_64-linux-gnu/
ENTRYPOINT ["/eventsink"]
