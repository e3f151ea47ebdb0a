# corpus: modelled-on=gRPC Go service shipping grpc_health_probe (go install …@version in the $BUILDPLATFORM builder, copied to runtime)
# corpus: expect=AL206@8
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
# health probe for the k8s readiness check
RUN CGO_ENABLED=0 go install github.com/grpc-ecosystem/grpc-health-probe@v0.4.35
RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.35.2 \
 && go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.5.1
RUN apt-get update && apt-get install -y --no-install-recommends protobuf-compiler \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN protoc --go_out=. --go-grpc_out=. proto/*.proto
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -o /out/inventory ./cmd/inventory

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/grpc-health-probe /bin/grpc_health_probe
COPY --from=build /out/inventory /inventory
EXPOSE 50051
ENTRYPOINT ["/inventory"]
