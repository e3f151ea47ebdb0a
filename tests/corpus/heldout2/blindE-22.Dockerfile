# corpus: modelled-on=docker-library style gosu + tini install (assets named with Debian arch names, so dpkg arch is used directly)
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/ppc64le,linux/s390x,linux/386
FROM debian:bookworm-slim

RUN groupadd -r mosquitto && useradd -r -g mosquitto mosquitto

# gosu and tini publish binaries under dpkg's names (amd64, armhf, ppc64el, s390x, i386, arm64)
ENV GOSU_VERSION=1.17 \
    TINI_VERSION=v0.19.0
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates wget gnupg; \
    rm -rf /var/lib/apt/lists/*; \
    dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
    wget -qO /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
    wget -qO /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \
    wget -qO /usr/local/bin/tini "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-${dpkgArch}"; \
    export GNUPGHOME="$(mktemp -d)"; \
    gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
    gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
    gpgconf --kill all; \
    rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \
    chmod +x /usr/local/bin/gosu /usr/local/bin/tini; \
    gosu --version; gosu nobody true

RUN apt-get update \
    && apt-get install -y --no-install-recommends mosquitto \
    && rm -rf /var/lib/apt/lists/*
COPY docker-entrypoint.sh /usr/local/bin/
EXPOSE 1883
ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]
CMD ["mosquitto", "-c", "/mosquitto/config/mosquitto.conf"]
