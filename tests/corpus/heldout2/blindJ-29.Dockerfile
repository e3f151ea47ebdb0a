# corpus: modelled-on=kubebuilder operator with a $BUILDPLATFORM builder that names its output per arch; the distroless runtime stage reuses ${TARGETARCH} without declaring it
# corpus: expect=AL203@25
# Build the manager binary
FROM --platform=$BUILDPLATFORM golang:1.23 AS builder
ARG TARGETOS
ARG TARGETARCH

WORKDIR /workspace
COPY go.mod go.mod
COPY go.sum go.sum
RUN go mod download

COPY cmd/ cmd/
COPY api/ api/
COPY internal/ internal/

# keep one binary per arch so the local `make docker-buildx` cache can be shared
RUN CGO_ENABLED=0 GOOS=${TARGETOS:-linux} GOARCH=${TARGETARCH} \
    go build -a -o bin/manager-${TARGETARCH} cmd/main.go

FROM gcr.io/distroless/static:nonroot
LABEL org.opencontainers.image.description="cert-expiry operator"
WORKDIR /
# pick the binary that matches the image being built
COPY --from=builder /workspace/bin/manager-${TARGETARCH} /manager
USER 65532:65532

ENTRYPOINT ["/manager"]
