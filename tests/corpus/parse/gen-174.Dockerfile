# syntax = docker/dockerfile:1.4

# Build file for the service
ARG JDK=21
ARG DISTRO=jammy
FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0

FROM python:3.11-slim as builder
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential \
        libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.11-slim
COPY --from=builder /wheels /wheels
RUN pip install --no-cache /wheels/*
FROM alpine:${ALPINE_VERSION}
RUN apk add --no-cache ca-certificates tzdata \
    && apkArch="$(apk --print-arch)" \
    && case "$apkArch" in \
        armhf) arch='armv6' ;; \
        aarch64) arch='arm64' ;; \
        x86_64) arch='amd64' ;; \
        *) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \
    esac \
    && wget -qO /usr/local/bin/tini "https://github.com/krallin/tini/releases/download/v0.19.0/tini-static-$arch" \
    && chmod +x /usr/local/bin/tini
ENTRYPOINT ["/usr/local/bin/tini", "--"]

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
