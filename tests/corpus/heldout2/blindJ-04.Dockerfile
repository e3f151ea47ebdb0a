# corpus: modelled-on=chainguard go + static cross-compile pattern (cgr.dev/chainguard/go --platform=$BUILDPLATFORM examples) for an admission webhook
# corpus: expect=
# syntax=docker/dockerfile:1.7
ARG GO_IMAGE=cgr.dev/chainguard/go:latest
ARG RUNTIME_IMAGE=cgr.dev/chainguard/static:latest

FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS build
WORKDIR /src

# Pass the requested platform through to the Go toolchain. When you run
#   docker buildx build --platform linux/amd64,linux/arm64 .
# this stage runs once per target but always on the builder's native CPU.
ARG TARGETOS TARGETARCH
ENV GOOS=${TARGETOS} \
    GOARCH=${TARGETARCH} \
    CGO_ENABLED=0

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download

COPY . .
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -ldflags="-s -w" -o /out/webhook ./cmd/webhook

FROM ${RUNTIME_IMAGE}
COPY --from=build /out/webhook /usr/bin/webhook
USER nonroot
EXPOSE 9443
ENTRYPOINT ["/usr/bin/webhook"]
CMD ["--tls-cert-dir=/tmp/k8s-webhook-server/serving-certs"]
