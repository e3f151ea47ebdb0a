# corpus: modelled-on=kostyrev/docker-trivy (trivy Linux-64bit tarball) combined with grype release tarballs, arch taken from TARGETARCH
# corpus: expect=
FROM alpine:3.20

ARG TARGETARCH
ARG TRIVY_VERSION=0.52.2
ARG GRYPE_VERSION=0.79.1

# trivy calls its assets Linux-64bit / Linux-ARM64, grype uses linux_amd64 / linux_arm64
RUN set -eux; \
    apk add --no-cache ca-certificates curl git docker-cli jq; \
    case "${TARGETARCH}" in \
      amd64) trivyArch='64bit' ;; \
      arm64) trivyArch='ARM64' ;; \
      *) echo "unsupported TARGETARCH=${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/aquasecurity/trivy/releases/download/v${TRIVY_VERSION}/trivy_${TRIVY_VERSION}_Linux-${trivyArch}.tar.gz" \
      | tar -xz -C /usr/local/bin trivy; \
    curl -fsSL "https://github.com/anchore/grype/releases/download/v${GRYPE_VERSION}/grype_${GRYPE_VERSION}_linux_${TARGETARCH}.tar.gz" \
      | tar -xz -C /usr/local/bin grype; \
    trivy --version; \
    grype version

RUN adduser -D -u 10001 scanner
COPY --chmod=0755 scan.sh /usr/local/bin/scan.sh
ENV TRIVY_CACHE_DIR=/home/scanner/.cache/trivy \
    GRYPE_DB_CACHE_DIR=/home/scanner/.cache/grype
USER scanner
ENTRYPOINT ["/usr/local/bin/scan.sh"]
