# corpus: modelled-on=debian:bookworm-slim AS docker-downloader Dockerfile ([ "${ARCH}" = "amd64" ] && wget .../x86_64/docker-24.0.6.tgz), rewritten with per-arch stages
# corpus: expect=
ARG DOCKER_VERSION=26.1.4

FROM --platform=linux/amd64 alpine:3.20 AS docker-cli-amd64
ARG DOCKER_VERSION
RUN wget -qO- https://download.docker.com/linux/static/stable/x86_64/docker-${DOCKER_VERSION}.tgz \
      | tar -xz -C /usr/local/bin --strip-components=1 docker/docker

FROM --platform=linux/arm64 alpine:3.20 AS docker-cli-arm64
ARG DOCKER_VERSION
RUN wget -qO- https://download.docker.com/linux/static/stable/aarch64/docker-${DOCKER_VERSION}.tgz \
      | tar -xz -C /usr/local/bin --strip-components=1 docker/docker

FROM docker-cli-${TARGETARCH} AS docker-cli

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates git openssh-client && rm -rf /var/lib/apt/lists/*
COPY --from=docker-cli /usr/local/bin/docker /usr/local/bin/docker
COPY runner.sh /usr/local/bin/runner
ENTRYPOINT ["/usr/local/bin/runner"]
