# corpus: modelled-on=nvidia_gpu_exporter-style Go exporter with a hardcoded GOARCH=amd64 in the build stage
# corpus: expect=AL204@10
FROM golang:1.22-alpine AS build
ARG VERSION=0.0.0
WORKDIR /src
RUN apk add --no-cache git
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -ldflags "-s -w -X main.version=${VERSION}" -o /bin/nvidia-gpu-exporter .

FROM nvidia/cuda:12.3.2-base-ubuntu22.04
LABEL org.opencontainers.image.title="nvidia-gpu-exporter"
COPY --from=build /bin/nvidia-gpu-exporter /usr/bin/nvidia-gpu-exporter
ENV NVIDIA_VISIBLE_DEVICES=all NVIDIA_DRIVER_CAPABILITIES=utility
EXPOSE 9835
ENTRYPOINT ["/usr/bin/nvidia-gpu-exporter"]
CMD ["--web.listen-address=:9835"]
