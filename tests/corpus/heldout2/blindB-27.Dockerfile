# corpus: modelled-on=docker-library/docker Dockerfile (apk --print-arch -> download.docker.com/linux/static/stable/<arch>) + buildx/compose bin images
# corpus: expect=
FROM alpine:3.20

ENV DOCKER_VERSION=27.3.1

RUN set -eux; \
    apk add --no-cache ca-certificates curl git openssh-client; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
      x86_64)  url="https://download.docker.com/linux/static/stable/x86_64/docker-${DOCKER_VERSION}.tgz" ;; \
      aarch64) url="https://download.docker.com/linux/static/stable/aarch64/docker-${DOCKER_VERSION}.tgz" ;; \
      armv7)   url="https://download.docker.com/linux/static/stable/armhf/docker-${DOCKER_VERSION}.tgz" ;; \
      *) echo >&2 "error: unsupported architecture ($apkArch)"; exit 1 ;; \
    esac; \
    curl -fsSLo docker.tgz "$url"; \
    tar -xzf docker.tgz --strip-components=1 -C /usr/local/bin docker/docker; \
    rm docker.tgz; \
    docker --version

COPY --from=docker/buildx-bin:0.19 /buildx /usr/local/libexec/docker/cli-plugins/docker-buildx
COPY --from=docker/compose-bin:v2.30.3 /docker-compose /usr/local/libexec/docker/cli-plugins/docker-compose

ENV DOCKER_HOST=tcp://docker:2375
COPY ci-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["ci-entrypoint.sh"]
