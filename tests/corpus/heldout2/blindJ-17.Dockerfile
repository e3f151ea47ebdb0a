# corpus: modelled-on=mykso/myks Dockerfile (downloader on $BUILDPLATFORM, goreleaser binary via $TARGETPLATFORM) where the runtime stage also kept --platform=$BUILDPLATFORM
# corpus: expect=AL208@22
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM debian:bookworm-slim AS downloader
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update \
 && apt-get install --no-install-recommends -y ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /tools

ARG TARGETOS
ARG TARGETARCH
# renovate: datasource=github-releases depName=helm/helm
ARG HELM_VERSION=v3.16.3
# renovate: datasource=github-releases depName=carvel-dev/ytt
ARG YTT_VERSION=v0.51.0
RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-${TARGETOS}-${TARGETARCH}.tar.gz" \
      | tar -xzf - --strip-components=1 "${TARGETOS}-${TARGETARCH}/helm" \
 && curl -fsSLo ytt "https://github.com/carvel-dev/ytt/releases/download/${YTT_VERSION}/ytt-${TARGETOS}-${TARGETARCH}" \
 && chmod 0755 helm ytt

FROM --platform=$BUILDPLATFORM debian:bookworm-slim
ARG TARGETPLATFORM
RUN apt-get update \
 && apt-get install --no-install-recommends -y ca-certificates git gnupg2 openssh-client tini \
 && rm -rf /var/lib/apt/lists/*

COPY --link --chmod=755 --from=downloader /tools/helm /tools/ytt /usr/local/bin/
# binary built by goreleaser, laid out as linux/amd64/renderctl, linux/arm64/renderctl
COPY --link ${TARGETPLATFORM}/renderctl /usr/local/bin/

WORKDIR /app
ENTRYPOINT ["tini", "--", "renderctl"]
