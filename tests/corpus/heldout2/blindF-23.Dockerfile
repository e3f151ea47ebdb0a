# corpus: modelled-on=s6-overlay nginx image (just-containers/s6-overlay docs) using ADD --checksum for the noarch tarball and ADD of a git repo
# corpus: expect=
# syntax=docker/dockerfile:1
FROM nginx:1.27-bookworm

ARG TARGETARCH
ARG S6_OVERLAY_VERSION=3.2.0.2

# noarch part is identical for every platform
ADD --checksum=sha256:a5cc04c0ee4688e89f760a09f04585fa04cc4ef43e3a11fe5a107a59649d57c2 \
    https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-noarch.tar.xz /tmp/
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl xz-utils; \
    rm -rf /var/lib/apt/lists/*; \
    case "${TARGETARCH}" in \
      amd64) S6_ARCH=x86_64 ;; \
      arm64) S6_ARCH=aarch64 ;; \
      *) echo "unsupported: ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /tmp/s6-arch.tar.xz \
      "https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-${S6_ARCH}.tar.xz"; \
    tar -C / -Jxpf /tmp/s6-overlay-noarch.tar.xz; \
    tar -C / -Jxpf /tmp/s6-arch.tar.xz; \
    rm /tmp/*.tar.xz

# shared nginx snippets, pinned to a tag
ADD --keep-git-dir=false https://github.com/acme-web/nginx-snippets.git#v2.3.0 /etc/nginx/snippets/
COPY rootfs/ /
ENTRYPOINT ["/init"]
