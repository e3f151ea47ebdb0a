# corpus: modelled-on=Dockerfile-lint CI images (COPY --from=hadolint/hadolint, aquasec/trivy) + public yq dpkg-arch case snippet
# corpus: expect=
FROM hadolint/hadolint:v2.12.0-debian AS hadolint
FROM aquasec/trivy:0.57.1 AS trivy

FROM debian:bookworm-slim
ARG YQ_VERSION=v4.44.5

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git jq shellcheck \
 && rm -rf /var/lib/apt/lists/*

COPY --from=hadolint /bin/hadolint /usr/local/bin/hadolint
COPY --from=trivy /usr/local/bin/trivy /usr/local/bin/trivy

# yq publishes yq_linux_amd64, yq_linux_arm64, ... as bare binaries
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
    case "$arch" in \
      amd64) yq_url="https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_amd64" ;; \
      arm64) yq_url="https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_arm64" ;; \
      *) echo "unsupported: $arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/yq "$yq_url"; \
    chmod +x /usr/local/bin/yq; \
    yq --version

RUN useradd -m ci
USER ci
WORKDIR /src
CMD ["sh", "-c", "hadolint Dockerfile && trivy config ."]
