# corpus: modelled-on=tinygeoip-style Go builder on BUILDPLATFORM (search hit), with CGO for sqlite and no cross C toolchain
# corpus: expect=AL206@12
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=1 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -tags libsqlite3 -o /out/geoipd ./cmd/geoipd

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-0 ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/geoipd /usr/local/bin/geoipd
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/geoipd"]
