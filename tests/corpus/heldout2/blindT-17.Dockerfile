# corpus: modelled-on=prometheus slurm-exporter style Go build (BUILDPLATFORM + GOARCH=$TARGETARCH) shipped in an OpenMPI runtime
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.24-bookworm AS exporter
ARG TARGETOS
ARG TARGETARCH
WORKDIR /go/src/hpc-exporter
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# pure Go, so cross-compiling for amd64/arm64 needs no C toolchain
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/hpc-exporter ./cmd/exporter

FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends \
        openmpi-bin libopenmpi-dev slurm-client munge \
    && rm -rf /var/lib/apt/lists/*
COPY --from=exporter /out/hpc-exporter /usr/local/bin/hpc-exporter
RUN useradd -r -s /usr/sbin/nologin exporter
USER exporter
EXPOSE 9341
HEALTHCHECK --interval=30s CMD ["/usr/local/bin/hpc-exporter", "--healthcheck"]
ENTRYPOINT ["/usr/local/bin/hpc-exporter"]
