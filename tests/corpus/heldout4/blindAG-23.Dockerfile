# corpus: modelled-on=CGO Go service cross-linked with `zig cc` where the zig target is mapped from TARGETARCH (goreleaser/zig-cc recipes)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
ARG ZIG_VERSION=0.11.0
RUN apt-get update && apt-get install -y --no-install-recommends xz-utils \
 && rm -rf /var/lib/apt/lists/*
# zig is a build tool: uname -m here correctly reports the BUILD machine
RUN curl -fsSL "https://ziglang.org/download/${ZIG_VERSION}/zig-linux-$(uname -m)-${ZIG_VERSION}.tar.xz" \
      | tar -xJ -C /opt \
 && ln -s "/opt/zig-linux-$(uname -m)-${ZIG_VERSION}/zig" /usr/local/bin/zig
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN case "$TARGETARCH" in \
      amd64) zt=x86_64-linux-musl ;; \
      arm64) zt=aarch64-linux-musl ;; \
      *) echo "unsupported $TARGETARCH" >&2; exit 1 ;; \
    esac \
 && CGO_ENABLED=1 CC="zig cc -target $zt" CXX="zig c++ -target $zt" \
    GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -ldflags '-linkmode external -extldflags -static' -o /out/metricsdb ./cmd/metricsdb

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/metricsdb /metricsdb
VOLUME /data
ENTRYPOINT ["/metricsdb", "--data-dir=/data"]
