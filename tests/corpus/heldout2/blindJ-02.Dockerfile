# corpus: modelled-on=current kubebuilder v4 scaffold (TARGETOS/TARGETARCH), e.g. heliannuuthus-kms/self-signed-crt-operator Dockerfile
# corpus: expect=
# Build the manager binary
FROM golang:1.23 AS builder
ARG TARGETOS
ARG TARGETARCH

WORKDIR /workspace
# Copy the Go Modules manifests
COPY go.mod go.mod
COPY go.sum go.sum
RUN go mod download

# Copy the go source
COPY cmd/main.go cmd/main.go
COPY api/ api/
COPY internal/ internal/

# Build
# the GOARCH has no default value so the binary is built for the platform the image
# is requested for. On an Apple Silicon laptop BUILDPLATFORM is linux/arm64, on most
# CI runners it is linux/amd64; with buildx --platform both get the right binary.
RUN CGO_ENABLED=0 GOOS=${TARGETOS:-linux} GOARCH=${TARGETARCH} \
    go build -a -trimpath -o manager cmd/main.go

# Use distroless as minimal base image to package the manager binary
FROM gcr.io/distroless/static:nonroot
WORKDIR /
COPY --from=builder /workspace/manager .
USER 65532:65532

ENTRYPOINT ["/manager"]
