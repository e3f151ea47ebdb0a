# corpus: modelled-on=IBM/Red Hat UBI operator tooling image (uname -m -> yq/tini asset names, ppc64le and s390x)
# corpus: expect=
# corpus: platforms=linux/amd64,linux/ppc64le,linux/s390x
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4

ARG YQ_VERSION=v4.44.3
ARG TINI_VERSION=v0.19.0

RUN microdnf install -y tar gzip shadow-utils findutils \
    && microdnf clean all

# yq uses Go arch names, tini uses Debian names (ppc64el!)
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  goArch=amd64;   tiniArch=amd64 ;; \
      aarch64) goArch=arm64;   tiniArch=arm64 ;; \
      ppc64le) goArch=ppc64le; tiniArch=ppc64el ;; \
      s390x)   goArch=s390x;   tiniArch=s390x ;; \
      *) echo "unsupported machine: $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/yq "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${goArch}"; \
    curl -fsSLo /usr/local/bin/tini "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${tiniArch}"; \
    chmod +x /usr/local/bin/yq /usr/local/bin/tini

RUN useradd -r -u 1001 -g 0 -d /opt/tools -m tools
COPY --chown=1001:0 scripts/ /opt/tools/bin/
ENV PATH=/opt/tools/bin:$PATH
USER 1001
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["reconcile.sh"]
