# corpus: modelled-on=mise cookbook Docker recipe (MISE_DATA_DIR, mise install from .mise.toml) with a defaulted TARGETARCH, x86-64-v3 CFLAGS and go env -w
# corpus: expect=AL207@5,AL402@30,AL204@32
FROM debian:bookworm-slim

ARG TARGETARCH=amd64
ARG MISE_VERSION=v2024.7.4
ENV MISE_DATA_DIR=/mise \
    MISE_CONFIG_DIR=/mise \
    MISE_CACHE_DIR=/mise/cache \
    MISE_YES=1 \
    PATH=/mise/shims:$PATH

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl git xz-utils build-essential libssl-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*

# release assets are named mise-<ver>-linux-{x64,arm64}
RUN set -eux; \
    case "$TARGETARCH" in \
        amd64) miseArch=x64 ;; \
        arm64) miseArch=arm64 ;; \
    esac; \
    curl -fsSL -o /usr/local/bin/mise \
        "https://github.com/jdx/mise/releases/download/${MISE_VERSION}/mise-${MISE_VERSION}-linux-${miseArch}"; \
    chmod +x /usr/local/bin/mise

WORKDIR /app
COPY .mise.toml ./
# ruby/python get compiled from source by mise's build plugins
ENV CFLAGS="-O2 -march=x86-64-v3"
RUN mise install && mise reshim
RUN go env -w GOOS=linux GOARCH=amd64 CGO_ENABLED=0
COPY . .
RUN go build -o /usr/local/bin/notifier ./cmd/notifier
CMD ["notifier"]
