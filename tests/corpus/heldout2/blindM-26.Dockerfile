# corpus: modelled-on=azcopy/kubelogin tooling image, parametrised with TARGETARCH (both ship amd64/arm64 names)
# corpus: expect=
FROM mcr.microsoft.com/azure-cli:2.67.0
ARG TARGETARCH
ARG AZCOPY_VERSION=10.27.1
ARG AZCOPY_STAMP=20241113
ARG KUBELOGIN_VERSION=v0.1.4

RUN tdnf install -y tar gzip unzip ca-certificates && tdnf clean all

# note: https://aka.ms/downloadazcopy-v10-linux always redirects to the amd64 build,
# so use the versioned URL with the arch in it instead
RUN curl -fsSL -o /tmp/azcopy.tgz \
      "https://azcopyvnext.azureedge.net/releases/release-${AZCOPY_VERSION}-${AZCOPY_STAMP}/azcopy_linux_${TARGETARCH}_${AZCOPY_VERSION}.tar.gz" \
    && tar -xzf /tmp/azcopy.tgz --strip-components=1 -C /usr/local/bin --wildcards '*/azcopy' \
    && rm /tmp/azcopy.tgz \
    && azcopy --version

RUN curl -fsSL -o /tmp/kubelogin.zip \
      "https://github.com/Azure/kubelogin/releases/download/${KUBELOGIN_VERSION}/kubelogin-linux-${TARGETARCH}.zip" \
    && unzip -j /tmp/kubelogin.zip -d /usr/local/bin \
    && rm /tmp/kubelogin.zip

COPY sync.sh /usr/local/bin/sync.sh
USER 1000
ENTRYPOINT ["/usr/local/bin/sync.sh"]
