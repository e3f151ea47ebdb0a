# corpus: modelled-on=RHEL/UBI scanner image installing grype/trivy from release RPMs (trivy install docs "rpm -ivh", anchore grype release assets)
# corpus: expect=AL301@15,AL302@16
FROM registry.access.redhat.com/ubi9/ubi:9.5

ARG GRYPE_VERSION=0.84.0
LABEL name="vuln-gate" \
      summary="Fails a pipeline when an image has fixable criticals"

RUN dnf install -y --setopt=install_weak_deps=False jq git-core tar gzip \
 && dnf clean all

WORKDIR /tmp
# vendor RPM, pinned
RUN set -eux \
 && curl -fsSLO https://github.com/anchore/grype/releases/download/v${GRYPE_VERSION}/grype_${GRYPE_VERSION}_linux_amd64.rpm \
 && dnf install -y ./grype_${GRYPE_VERSION}_linux_amd64.rpm \
 && rm -f ./*.rpm \
 && grype version

ENV GRYPE_DB_CACHE_DIR=/var/cache/grype \
    GRYPE_CHECK_FOR_APP_UPDATE=false
RUN mkdir -p /var/cache/grype && chown 1001:0 /var/cache/grype && chmod g+rwX /var/cache/grype

COPY gate.sh /usr/local/bin/gate
USER 1001
ENTRYPOINT ["/usr/local/bin/gate"]
