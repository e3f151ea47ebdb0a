# syntax = docker/dockerfile:1.4

# Build file for the service
ARG BASE_IMAGE=debian:bookworm-slim
FROM ubuntu:22.04
ARG TARGETARCH
RUN set -eux; \
    arch="$(uname -m)"; \
    case "$arch" in \
        x86_64) url='https://example.org/tool-linux-x86_64.tar.gz' ;; \
        aarch64) url='https://example.org/tool-linux-aarch64.tar.gz' ;; \
        *) echo >&2 "error: unsupported architecture '$arch'"; exit 1 ;; \
    esac; \
    curl -fsSL "$url" | tar -xz -C /usr/local/bin


FROM scratch
COPY --link --from=build /out/app /
