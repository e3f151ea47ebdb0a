# corpus: modelled-on=kubebuilder-style Dockerfile of a GPU scheduler extender (gpushare-scheduler-extender / device-plugin layout) built on $BUILDPLATFORM but without GOARCH
# corpus: expect=AL206@15
# Build the manager binary
FROM --platform=$BUILDPLATFORM golang:1.23 AS builder
WORKDIR /workspace
COPY go.mod go.mod
COPY go.sum go.sum
RUN go mod download

COPY cmd/ cmd/
COPY pkg/ pkg/
COPY internal/ internal/

# Build
RUN CGO_ENABLED=0 go build -a -ldflags="-s -w" -o gpu-extender ./cmd/extender

# Use distroless as minimal base image to package the manager binary
FROM gcr.io/distroless/static:nonroot
WORKDIR /
COPY --from=builder /workspace/gpu-extender .
COPY config/policy.yaml /etc/gpu-extender/policy.yaml
USER 65532:65532
EXPOSE 39999
ENTRYPOINT ["/gpu-extender", "--config=/etc/gpu-extender/policy.yaml"]
