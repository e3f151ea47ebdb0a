# corpus: modelled-on=CI "docker-in-docker client" images: static docker CLI (x86_64/aarch64 dirs), compose plugin via uname -m, and an amd64-only extra guarded by TARGETARCH
# corpus: expect=
FROM debian:bookworm-slim

ARG TARGETARCH
ARG DOCKER_VERSION=27.3.1
ARG COMPOSE_VERSION=v2.30.3

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git openssh-client \
 && rm -rf /var/lib/apt/lists/*

# download.docker.com uses kernel names (x86_64/aarch64), not Docker's amd64/arm64.
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) DARCH=x86_64 ;; \
      arm64) DARCH=aarch64 ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://download.docker.com/linux/static/stable/${DARCH}/docker-${DOCKER_VERSION}.tgz" \
      | tar -xz -C /usr/local/bin --strip-components=1 docker/docker; \
    mkdir -p /usr/local/lib/docker/cli-plugins; \
    curl -fsSL -o /usr/local/lib/docker/cli-plugins/docker-compose \
      "https://github.com/docker/compose/releases/download/${COMPOSE_VERSION}/docker-compose-linux-$(uname -m)"; \
    chmod +x /usr/local/lib/docker/cli-plugins/docker-compose

# 32-bit runtime is only needed by the legacy x86 test fixtures
RUN if [ "$TARGETARCH" = "amd64" ]; then \
      dpkg --add-architecture i386 && apt-get update \
      && apt-get install -y --no-install-recommends libc6-i386 \
      && rm -rf /var/lib/apt/lists/*; \
    fi

ENV DOCKER_HOST=tcp://docker:2375
ENTRYPOINT ["docker"]
CMD ["version"]
