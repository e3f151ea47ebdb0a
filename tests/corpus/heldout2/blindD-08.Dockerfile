# corpus: modelled-on=sarvex/kubernetes-first-project terraform.Dockerfile (COPY --from=hashicorp/terraform) + hashicorp vault zip from releases.hashicorp.com
# corpus: expect=
ARG TERRAFORM_VERSION=1.9.8
FROM hashicorp/terraform:${TERRAFORM_VERSION} AS terraform

FROM debian:bookworm-slim
ARG TARGETARCH
ARG VAULT_VERSION=1.18.1

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates git openssh-client unzip jq \
 && rm -rf /var/lib/apt/lists/*

COPY --from=terraform /bin/terraform /usr/local/bin/terraform

# releases.hashicorp.com uses Go arch names (amd64/arm64), same as TARGETARCH
ADD https://releases.hashicorp.com/vault/${VAULT_VERSION}/vault_${VAULT_VERSION}_linux_${TARGETARCH}.zip /tmp/vault.zip
ADD https://releases.hashicorp.com/vault/${VAULT_VERSION}/vault_${VAULT_VERSION}_SHA256SUMS /tmp/vault_SHA256SUMS
RUN cd /tmp \
 && grep "_linux_${TARGETARCH}.zip" vault_SHA256SUMS | sed "s|vault_.*zip|vault.zip|" | sha256sum -c - \
 && unzip -o vault.zip -d /usr/local/bin \
 && rm -f vault.zip vault_SHA256SUMS \
 && terraform version && vault version

WORKDIR /workspace
ENTRYPOINT ["terraform"]
