# corpus: modelled-on=monofuel/nim-docker Dockerfile.builder + Fedora docs (dnf config-manager --add-repo, rpm --eval '%{_arch}')
# corpus: expect=
FROM fedora:41

# Fedora 41 ships dnf5: addrepo replaces the old --add-repo flag
RUN dnf -y install dnf5-plugins \
    && dnf config-manager addrepo --from-repofile=https://rpm.releases.hashicorp.com/fedora/hashicorp.repo \
    && dnf config-manager addrepo --from-repofile=https://download.docker.com/linux/fedora/docker-ce.repo \
    && dnf -y install terraform packer docker-ce-cli git make jq \
    && dnf clean all

# kubectl: rpm's own arch macro gives x86_64/aarch64, the upstream URL wants amd64/arm64
ARG KUBECTL_VERSION=v1.31.2
RUN set -eux; \
    rpmarch="$(rpm --eval '%{_arch}')"; \
    case "$rpmarch" in \
      x86_64)  karch=amd64 ;; \
      aarch64) karch=arm64 ;; \
      *) echo "no kubectl build for $rpmarch" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/kubectl \
      "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${karch}/kubectl"; \
    chmod +x /usr/local/bin/kubectl; \
    kubectl version --client

RUN useradd -m -u 1000 ci
USER ci
WORKDIR /home/ci
CMD ["bash"]
