# corpus: modelled-on=vault+consul alpine images downloading releases.hashicorp.com zips (e.g. the alpine:3.7 vault/consul Dockerfile, mvisonneau ARG ARCH=amd64 pattern)
# corpus: expect=AL301@14,AL301@15
FROM alpine:3.19

ARG VAULT_VERSION=1.16.2
ARG CONSUL_VERSION=1.18.1
# bump ARCH when we start building for the Graviton nodes
ARG ARCH=amd64

RUN addgroup -S vault && adduser -S -G vault vault

RUN apk add --no-cache ca-certificates curl unzip libcap su-exec dumb-init tzdata \
 && mkdir -p /tmp/build && cd /tmp/build \
 && curl -fsSLO "https://releases.hashicorp.com/vault/${VAULT_VERSION}/vault_${VAULT_VERSION}_linux_${ARCH}.zip" \
 && curl -fsSLO "https://releases.hashicorp.com/consul/${CONSUL_VERSION}/consul_${CONSUL_VERSION}_linux_${ARCH}.zip" \
 && unzip -d /bin "vault_${VAULT_VERSION}_linux_${ARCH}.zip" \
 && unzip -d /bin "consul_${CONSUL_VERSION}_linux_${ARCH}.zip" \
 && setcap cap_ipc_lock=+ep /bin/vault \
 && cd / && rm -rf /tmp/build

RUN mkdir -p /vault/config /vault/file /vault/logs \
 && chown -R vault:vault /vault
COPY vault-agent.hcl /vault/config/agent.hcl
COPY consul-template/ /etc/consul-template/

VOLUME /vault/file
EXPOSE 8200
ENTRYPOINT ["dumb-init", "--"]
CMD ["su-exec", "vault", "vault", "agent", "-config=/vault/config/agent.hcl"]
