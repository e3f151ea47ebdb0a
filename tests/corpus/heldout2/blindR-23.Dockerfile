# corpus: modelled-on=hashicorp/docker-consul style image, rewritten to "download on the fast native builder"
# corpus: expect=AL208@5
ARG CONSUL_VERSION=1.20.1

FROM --platform=$BUILDPLATFORM alpine:3.20
ARG CONSUL_VERSION
ARG TARGETOS
ARG TARGETARCH

RUN apk add --no-cache ca-certificates curl dumb-init libcap su-exec iputils jq \
 && addgroup consul && adduser -S -G consul consul

RUN set -eux; \
    cd /tmp; \
    curl -fsSLO "https://releases.hashicorp.com/consul/${CONSUL_VERSION}/consul_${CONSUL_VERSION}_${TARGETOS}_${TARGETARCH}.zip"; \
    curl -fsSLO "https://releases.hashicorp.com/consul/${CONSUL_VERSION}/consul_${CONSUL_VERSION}_SHA256SUMS"; \
    grep "_${TARGETOS}_${TARGETARCH}.zip" consul_${CONSUL_VERSION}_SHA256SUMS | sha256sum -c -; \
    unzip -d /bin consul_${CONSUL_VERSION}_${TARGETOS}_${TARGETARCH}.zip; \
    rm -f consul_*

RUN mkdir -p /consul/data /consul/config && chown -R consul:consul /consul
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME /consul/data
EXPOSE 8300 8301 8301/udp 8500 8600 8600/udp
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["agent", "-dev", "-client", "0.0.0.0"]
