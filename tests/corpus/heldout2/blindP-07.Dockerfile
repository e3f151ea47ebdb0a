# corpus: modelled-on=utkuozdemir/nvidia_gpu_exporter-style Go exporter (nvidia-smi CSV scraping, pure Go) cross-compiled on $BUILDPLATFORM
# corpus: expect=
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
# the exporter shells out to nvidia-smi, so no cgo/NVML linking is needed
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" \
        -o /out/nvidia-gpu-exporter ./cmd/nvidia_gpu_exporter

FROM nvcr.io/nvidia/cuda:12.4.1-base-ubuntu22.04
COPY --from=build /out/nvidia-gpu-exporter /usr/local/bin/nvidia-gpu-exporter
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=utility
EXPOSE 9835
USER 65534:65534
HEALTHCHECK CMD ["/usr/local/bin/nvidia-gpu-exporter", "--version"]
ENTRYPOINT ["/usr/local/bin/nvidia-gpu-exporter"]
