# corpus: modelled-on=CI deploy-tools image with kubectl/helm/awscli, arch done right (cf. victorgama ruby image awscli-exe-linux-$(uname -m).zip, aliyun-cli-container)
# corpus: expect=
ARG DEBIAN_TAG=bookworm-slim
FROM debian:${DEBIAN_TAG}
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.31.3
ARG HELM_VERSION=v3.16.3

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip git jq less groff \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /usr/local/bin/kubectl \
      "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" \
 && chmod 0755 /usr/local/bin/kubectl

RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz" \
      | tar -xz --strip-components=1 -C /usr/local/bin "linux-${TARGETARCH}/helm"

# AWS names its zips x86_64 / aarch64, which is exactly what uname -m prints
# inside the target container.
RUN <<EOF
set -eux
curl -fsSLo /tmp/awscliv2.zip "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip"
unzip -q /tmp/awscliv2.zip -d /tmp
/tmp/aws/install
rm -rf /tmp/aws /tmp/awscliv2.zip
aws --version
EOF

RUN useradd -m deployer
USER deployer
WORKDIR /home/deployer
CMD ["bash"]
