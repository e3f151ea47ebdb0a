# corpus: modelled-on=Go gRPC service with dpkg-arch case for protoc and ${TARGETARCH} golang-migrate .deb (fixed version of the pattern)
# corpus: expect=
FROM golang:1.23-bookworm AS build
ARG PROTOC_VERSION=28.3
RUN apt-get update && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*
# protoc names its zips x86_64 / aarch_64, not amd64 / arm64
RUN set -eux; \
    case "$(dpkg --print-architecture)" in \
      amd64) pa=x86_64 ;; \
      arm64) pa=aarch_64 ;; \
      *) echo "no protoc build for this arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /tmp/protoc.zip \
      "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${pa}.zip"; \
    unzip -q /tmp/protoc.zip -d /usr/local; rm /tmp/protoc.zip
RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.35.2 \
 && go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.5.1
WORKDIR /src
COPY . .
RUN protoc -I proto --go_out=. --go-grpc_out=. proto/billing/v1/*.proto \
 && CGO_ENABLED=0 go build -o /out/billing ./cmd/billing

FROM debian:bookworm-slim
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
 && curl -fsSLo /tmp/migrate.deb \
      "https://github.com/golang-migrate/migrate/releases/download/v4.18.1/migrate.linux-${TARGETARCH}.deb" \
 && dpkg -i /tmp/migrate.deb && rm -f /tmp/migrate.deb && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/billing /usr/local/bin/billing
COPY migrations /migrations
ENTRYPOINT ["billing"]
