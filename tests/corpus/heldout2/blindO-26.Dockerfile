# corpus: modelled-on=Go controller cross-compiled on $BUILDPLATFORM, but the runtime stage also pinned to the build platform
# corpus: expect=AL208@15
FROM --platform=$BUILDPLATFORM registry.access.redhat.com/ubi9/go-toolset:1.22 AS builder
ARG TARGETOS TARGETARCH
USER 0
WORKDIR /workspace
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/go/pkg/mod \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -o /workspace/bin/quota-controller ./cmd/controller

# runtime
FROM --platform=$BUILDPLATFORM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf -y update && microdnf clean all
COPY --from=builder /workspace/bin/quota-controller /usr/local/bin/quota-controller
COPY LICENSE /licenses/
USER 65532
ENTRYPOINT ["/usr/local/bin/quota-controller"]
