# corpus: modelled-on=drone-docker-buildx Dockerfile + buildroot docker-buildx.mk (buildx linux-amd64 asset) + eclypsium/dfb hadolint install
# corpus: expect=AL202@3,AL209@12,AL301@16,AL301@20
FROM --platform=$TARGETPLATFORM debian:bookworm-slim

ARG BUILDX_VERSION=v0.19.2
ARG HADOLINT_VERSION=v2.12.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git make jq \
 && rm -rf /var/lib/apt/lists/*

COPY --from=amd64/docker:27.3-cli /usr/local/bin/docker /usr/local/bin/docker

RUN mkdir -p /usr/local/lib/docker/cli-plugins \
 && curl -fsSLo /usr/local/lib/docker/cli-plugins/docker-buildx \
      "https://github.com/docker/buildx/releases/download/${BUILDX_VERSION}/buildx-${BUILDX_VERSION}.linux-amd64" \
 && chmod +x /usr/local/lib/docker/cli-plugins/docker-buildx

RUN curl -fsSLo /usr/local/bin/hadolint \
      "https://github.com/hadolint/hadolint/releases/download/${HADOLINT_VERSION}/hadolint-Linux-x86_64" \
 && chmod +x /usr/local/bin/hadolint

COPY ci/ /opt/ci/
WORKDIR /workspace
ENTRYPOINT ["/opt/ci/run.sh"]
