#syntax=docker/dockerfile:1-labs
ARG PYTHON_VERSION=3.12
ARG VARIANT=slim-bookworm
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build
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
