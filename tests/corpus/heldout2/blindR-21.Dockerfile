# corpus: modelled-on=hashicorp vault/consul zip downloads (alpine + releases.hashicorp.com, official Dockerfile apkArch pattern)
# corpus: expect=AL203@15
# Declared globally so buildx can inject it
ARG TARGETARCH
ARG VAULT_VERSION=1.18.1

FROM alpine:3.20
ARG VAULT_VERSION

RUN apk add --no-cache ca-certificates curl gnupg libcap su-exec tzdata unzip \
 && addgroup vault && adduser -S -G vault vault

RUN set -eux; \
    mkdir -p /tmp/build && cd /tmp/build; \
    curl -fsSLO "https://releases.hashicorp.com/vault/${VAULT_VERSION}/vault_${VAULT_VERSION}_linux_${TARGETARCH}.zip"; \
    unzip -d /usr/local/bin vault_*.zip; \
    cd /; rm -rf /tmp/build; \
    setcap cap_ipc_lock=+ep /usr/local/bin/vault; \
    vault version

RUN mkdir -p /vault/logs /vault/file /vault/config && chown -R vault:vault /vault
COPY config/vault.hcl /vault/config/
VOLUME /vault/file
EXPOSE 8200
USER vault
ENTRYPOINT ["vault"]
CMD ["server", "-config=/vault/config"]
