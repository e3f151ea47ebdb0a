# corpus: modelled-on=azcopy Dockerfiles (azcopy_linux_amd64_*) + AKS tooling images (kubelogin-linux-amd64.zip)
# corpus: expect=AL301@13,AL301@18
FROM mcr.microsoft.com/azure-cli:2.67.0

ARG AZCOPY_VERSION=10.27.1
ARG AZCOPY_STAMP=20241113
ARG KUBELOGIN_VERSION=v0.1.4

RUN tdnf install -y tar gzip unzip jq ca-certificates && tdnf clean all

# azcopy (static Go binary)
RUN curl -fsSL -o /tmp/azcopy.tgz \
      https://azcopyvnext.azureedge.net/releases/release-${AZCOPY_VERSION}-${AZCOPY_STAMP}/azcopy_linux_amd64_${AZCOPY_VERSION}.tar.gz \
    && tar -xzf /tmp/azcopy.tgz --strip-components=1 -C /usr/local/bin --wildcards '*/azcopy' \
    && rm /tmp/azcopy.tgz

# kubelogin for AAD-enabled AKS clusters
RUN curl -fsSL -o /tmp/kubelogin.zip https://github.com/Azure/kubelogin/releases/download/${KUBELOGIN_VERSION}/kubelogin-linux-amd64.zip \
    && unzip -j /tmp/kubelogin.zip -d /usr/local/bin \
    && rm /tmp/kubelogin.zip \
    && az aks install-cli --install-location /usr/local/bin/kubectl --only-show-errors

COPY sync.sh /usr/local/bin/sync.sh
ENTRYPOINT ["/usr/local/bin/sync.sh"]
