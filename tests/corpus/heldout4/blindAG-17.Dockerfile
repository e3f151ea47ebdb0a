# corpus: modelled-on=docker:dind-style CI image installing the static docker CLI + buildx per TARGETARCH
# corpus: expect=
FROM alpine:3.19
ARG TARGETARCH
ARG DOCKER_VERSION=25.0.3
ARG BUILDX_VERSION=0.13.1
RUN apk add --no-cache ca-certificates git openssh-client bash
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) url="https://download.docker.com/linux/static/stable/x86_64/docker-${DOCKER_VERSION}.tgz" ;; \
      arm64) url="https://download.docker.com/linux/static/stable/aarch64/docker-${DOCKER_VERSION}.tgz" ;; \
      *) echo >&2 "unsupported TARGETARCH: $TARGETARCH"; exit 1 ;; \
    esac; \
    wget -O docker.tgz "$url"; \
    tar -xzf docker.tgz --strip-components 1 -C /usr/local/bin docker/docker; \
    rm docker.tgz; \
    docker --version
RUN mkdir -p /usr/local/libexec/docker/cli-plugins \
 && wget -O /usr/local/libexec/docker/cli-plugins/docker-buildx \
      "https://github.com/docker/buildx/releases/download/v${BUILDX_VERSION}/buildx-v${BUILDX_VERSION}.linux-${TARGETARCH}" \
 && chmod +x /usr/local/libexec/docker/cli-plugins/docker-buildx
ENV DOCKER_TLS_CERTDIR=/certs
COPY entrypoint.sh /usr/local/bin/
ENTRYPOINT ["entrypoint.sh"]
CMD ["sh"]
