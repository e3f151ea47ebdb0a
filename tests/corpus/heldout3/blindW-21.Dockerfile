# corpus: modelled-on=querycap/ci-infra + docker buildx/compose cli-plugin installs (TARGETARCH and uname -m naming)
# corpus: expect=
FROM docker:27-cli AS dockercli

FROM ubuntu:24.04
ARG TARGETARCH
ARG BUILDX_VERSION=v0.15.1
ARG COMPOSE_VERSION=v2.28.1

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git openssh-client \
    && rm -rf /var/lib/apt/lists/*

COPY --from=dockercli /usr/local/bin/docker /usr/local/bin/docker

# buildx uses Go arch names (amd64/arm64); compose uses uname -m names (x86_64/aarch64)
RUN mkdir -p /usr/local/lib/docker/cli-plugins \
    && curl -fsSLo /usr/local/lib/docker/cli-plugins/docker-buildx \
        "https://github.com/docker/buildx/releases/download/${BUILDX_VERSION}/buildx-${BUILDX_VERSION}.linux-${TARGETARCH}" \
    && curl -fsSLo /usr/local/lib/docker/cli-plugins/docker-compose \
        "https://github.com/docker/compose/releases/download/${COMPOSE_VERSION}/docker-compose-linux-$(uname -m)" \
    && chmod +x /usr/local/lib/docker/cli-plugins/docker-*

ENV DOCKER_BUILDKIT=1
RUN docker buildx version && docker compose version
CMD ["bash"]
