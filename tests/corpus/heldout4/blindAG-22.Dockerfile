# corpus: modelled-on=CGO Go service (sqlite/duckdb driver) cross-linked with `zig cc`, target triple left hardcoded
# corpus: expect=AL205@18
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
ARG ZIG_VERSION=0.11.0
RUN apt-get update && apt-get install -y --no-install-recommends xz-utils \
 && rm -rf /var/lib/apt/lists/*
# zig runs on the build machine, so fetch the build machine's zig
RUN curl -fsSL "https://ziglang.org/download/${ZIG_VERSION}/zig-linux-$(uname -m)-${ZIG_VERSION}.tar.xz" \
      | tar -xJ -C /opt \
 && ln -s "/opt/zig-linux-$(uname -m)-${ZIG_VERSION}/zig" /usr/local/bin/zig
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=1
RUN CC="zig cc -target x86_64-linux-musl" CXX="zig c++ -target x86_64-linux-musl" \
    GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -ldflags '-linkmode external -extldflags -static' -o /out/metricsdb ./cmd/metricsdb

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/metricsdb /metricsdb
VOLUME /data
ENTRYPOINT ["/metricsdb", "--data-dir=/data"]
