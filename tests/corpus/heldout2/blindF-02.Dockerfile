# corpus: modelled-on=sops/age secrets-tooling image; global ARG declared before FROM but never re-declared in the stage
# corpus: expect=
# syntax=docker/dockerfile:1
ARG DEBIAN_RELEASE=bookworm
ARG SOPS_VERSION=3.9.1
# Override for local experiments, e.g. --build-arg SOPS_ARCH=arm64
ARG SOPS_ARCH=amd64

FROM debian:${DEBIAN_RELEASE}-slim
ARG SOPS_VERSION

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg age \
 && rm -rf /var/lib/apt/lists/*

# SOPS_ARCH is a global ARG that this stage does not re-declare, so it is empty
# here and the architecture always comes from dpkg.
RUN set -eux; \
    arch="${SOPS_ARCH:-$(dpkg --print-architecture)}"; \
    curl -fsSL -o /usr/local/bin/sops \
      "https://github.com/getsops/sops/releases/download/v${SOPS_VERSION}/sops-v${SOPS_VERSION}.linux.${arch}"; \
    chmod 0755 /usr/local/bin/sops; \
    sops --version

RUN useradd --create-home --uid 1000 ops
USER ops
WORKDIR /home/ops
ENTRYPOINT ["sops"]
