# corpus: modelled-on=kubebuilder/operator-sdk scaffolded controller Dockerfile, edited to "use the runner arch"
# corpus: expect=AL206@21
# Build the manager binary
FROM --platform=$BUILDPLATFORM golang:1.21 AS builder
ARG BUILDOS
ARG BUILDARCH

WORKDIR /workspace
# Copy the Go Modules manifests
COPY go.mod go.mod
COPY go.sum go.sum
# cache deps before building and copying source so that we don't need to re-download as much
RUN go mod download

# Copy the go source
COPY cmd/main.go cmd/main.go
COPY api/ api/
COPY internal/controller/ internal/controller/

# Build for the OS/arch of the machine running the build so we skip QEMU
RUN CGO_ENABLED=0 GOOS=${BUILDOS} GOARCH=${BUILDARCH} go build -a -o manager cmd/main.go

# Use distroless as minimal base image to package the manager binary
# Refer to https://github.com/GoogleContainerTools/distroless for more details
FROM gcr.io/distroless/static:nonroot
WORKDIR /
COPY --from=builder /workspace/manager .
USER 65532:65532

ENTRYPOINT ["/manager"]
