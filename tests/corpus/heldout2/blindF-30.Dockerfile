# corpus: modelled-on=smallstep step-cli cert-renewal sidecar built for three platforms (incl. Raspberry Pi); arch case only knows amd64 and arm64
# corpus: expect=AL301@15
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM debian:bookworm-slim

ARG TARGETARCH
ARG TARGETVARIANT
ARG STEP_VERSION=0.28.2

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) STEP_ARCH=amd64 ;; \
      arm64) STEP_ARCH=arm64 ;; \
      *) echo "unsupported platform ${TARGETARCH}${TARGETVARIANT:+/${TARGETVARIANT}}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/smallstep/cli/releases/download/v${STEP_VERSION}/step_linux_${STEP_VERSION}_${STEP_ARCH}.tar.gz" \
      | tar -xz --strip-components=2 -C /usr/local/bin "step_${STEP_VERSION}/bin/step"; \
    step version

COPY --chmod=0755 renew-certs.sh /usr/local/bin/renew-certs
USER 1000
ENTRYPOINT ["/usr/local/bin/renew-certs"]
