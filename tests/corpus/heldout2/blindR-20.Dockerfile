# corpus: modelled-on=nats-io/nats-docker + nats-io/natscli: cross-compiled with GOOS/GOARCH from buildx args on the build platform
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
ARG NATS_SERVER_VERSION=v2.10.22
ARG NATS_CLI_VERSION=v0.1.5

WORKDIR /src
RUN git clone --depth 1 --branch ${NATS_SERVER_VERSION} https://github.com/nats-io/nats-server.git server \
 && git clone --depth 1 --branch ${NATS_CLI_VERSION} https://github.com/nats-io/natscli.git cli

# the host toolchain is amd64 on CI; GOARCH is what decides the output
RUN cd server && CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
      go build -trimpath -ldflags="-s -w" -o /out/nats-server . \
 && cd ../cli && CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
      go build -trimpath -ldflags="-s -w" -o /out/nats ./nats

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
 && addgroup -S nats && adduser -S -G nats nats
COPY --from=build /out/nats-server /out/nats /usr/local/bin/
COPY nats-server.conf /etc/nats/nats-server.conf
USER nats
EXPOSE 4222 6222 8222
HEALTHCHECK CMD wget -qO- http://127.0.0.1:8222/healthz || exit 1
ENTRYPOINT ["nats-server"]
CMD ["--config", "/etc/nats/nats-server.conf"]
