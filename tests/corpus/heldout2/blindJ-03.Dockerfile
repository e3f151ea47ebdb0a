# corpus: modelled-on=kubebuilder operator switched to a cross-compiling $BUILDPLATFORM builder (cf. william20111/oci-privateca-issuer Containerfile), with GOARCH forgotten
# corpus: expect=AL206@23
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS builder
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev

WORKDIR /workspace
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

COPY cmd/ cmd/
COPY api/ api/
COPY internal/ internal/

# Build on the native runner for speed; cross-compilation is handled by Go
ENV CGO_ENABLED=0
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    GOOS=${TARGETOS:-linux} \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" \
      -o /out/manager ./cmd/main.go

FROM cgr.dev/chainguard/static:latest
LABEL org.opencontainers.image.source="https://github.com/example/secret-rotator-operator"
COPY --from=builder /out/manager /manager
USER 65532:65532
ENTRYPOINT ["/manager"]
