# corpus: modelled-on=hashicorp/docker-consul 0.X Dockerfile (apk --print-arch case -> consulArch)
# corpus: expect=
FROM alpine:3.19

ARG CONSUL_VERSION=1.18.1
ENV HASHICORP_RELEASES=https://releases.hashicorp.com

RUN addgroup consul && adduser -S -G consul consul

RUN set -eux; \
    apk add --no-cache ca-certificates curl dumb-init libcap iputils jq su-exec; \
    apkArch="$(apk --print-arch)"; \
    case "${apkArch}" in \
        aarch64) consulArch='arm64' ;; \
        armhf) consulArch='arm' ;; \
        x86) consulArch='386' ;; \
        x86_64) consulArch='amd64' ;; \
        *) echo >&2 "error: unsupported architecture: ${apkArch}"; exit 1 ;; \
    esac; \
    mkdir -p /tmp/build; cd /tmp/build; \
    curl -fsSLO "${HASHICORP_RELEASES}/consul/${CONSUL_VERSION}/consul_${CONSUL_VERSION}_linux_${consulArch}.zip"; \
    curl -fsSLO "${HASHICORP_RELEASES}/consul/${CONSUL_VERSION}/consul_${CONSUL_VERSION}_SHA256SUMS"; \
    grep "consul_${CONSUL_VERSION}_linux_${consulArch}.zip" "consul_${CONSUL_VERSION}_SHA256SUMS" | sha256sum -c; \
    unzip -d /usr/local/bin "consul_${CONSUL_VERSION}_linux_${consulArch}.zip"; \
    cd /; rm -rf /tmp/build; \
    consul version

RUN mkdir -p /consul/data /consul/config \
 && chown -R consul:consul /consul
COPY client.hcl /consul/config/client.hcl

VOLUME /consul/data
EXPOSE 8300 8301 8301/udp 8500 8600 8600/udp
ENTRYPOINT ["dumb-init", "--"]
CMD ["su-exec", "consul", "consul", "agent", "-data-dir=/consul/data", "-config-dir=/consul/config"]
