# corpus: modelled-on=UBI go-toolset builder cross-compiling on $BUILDPLATFORM into ubi9-micro (operator-style image)
# corpus: expect=
FROM --platform=$BUILDPLATFORM registry.access.redhat.com/ubi9/go-toolset:1.22 AS builder
ARG TARGETOS
ARG TARGETARCH
USER 0
WORKDIR /opt/app-root/src
COPY go.mod go.sum ./
RUN go mod download
COPY cmd/ cmd/
COPY internal/ internal/
# Pure-Go binary: cross compile for whatever platform buildx asked for
# (amd64 or arm64) without emulation.
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/manager ./cmd/manager

FROM registry.access.redhat.com/ubi9/ubi-micro:9.4
LABEL name="widget-operator" \
      summary="Widget operator"
COPY --from=builder /out/manager /usr/local/bin/manager
COPY LICENSE /licenses/LICENSE
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/manager"]
