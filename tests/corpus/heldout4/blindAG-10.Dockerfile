# corpus: modelled-on=gRPC Go microservice generating stubs with protoc on the build platform (buf/grpc-go example style)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG BUILDARCH
ARG TARGETOS
ARG TARGETARCH
ARG PROTOC_VERSION=25.3
RUN apt-get update && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*
# protoc is a build tool: it must match the BUILD machine, not the target
RUN case "${BUILDARCH}" in \
      amd64) protoc_arch=x86_64 ;; \
      arm64) protoc_arch=aarch_64 ;; \
      *) echo "no protoc for ${BUILDARCH}" >&2; exit 1 ;; \
    esac \
 && curl -fsSLo /tmp/protoc.zip \
      "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${protoc_arch}.zip" \
 && unzip -q /tmp/protoc.zip -d /usr/local && rm /tmp/protoc.zip
RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.33.0 \
 && go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.3.0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN protoc --go_out=. --go-grpc_out=. proto/*.proto
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -o /out/inventory ./cmd/inventory

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/inventory /inventory
EXPOSE 50051
ENTRYPOINT ["/inventory"]
