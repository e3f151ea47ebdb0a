# corpus: modelled-on=ClickHouse server image from .deb packages (common-static per arch, server/client _all), like ClickHouse docker/server Dockerfile.ubuntu
# corpus: expect=
FROM ubuntu:22.04

ARG TARGETARCH
ARG CH_VERSION=24.8.4.13
ARG REPO=https://packages.clickhouse.com/deb/pool/main/c/clickhouse
ENV DEBIAN_FRONTEND=noninteractive TZ=UTC

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl tzdata locales; \
    cd /tmp; \
    # clickhouse-common-static is built per arch; server and client are _all packages
    curl -fsSLO "${REPO}/clickhouse-common-static_${CH_VERSION}_${TARGETARCH}.deb"; \
    curl -fsSLO "${REPO}/clickhouse-server_${CH_VERSION}_all.deb"; \
    curl -fsSLO "${REPO}/clickhouse-client_${CH_VERSION}_all.deb"; \
    dpkg -i "clickhouse-common-static_${CH_VERSION}_${TARGETARCH}.deb" "clickhouse-server_${CH_VERSION}_all.deb" "clickhouse-client_${CH_VERSION}_all.deb"; \
    rm -f /tmp/*.deb; \
    rm -rf /var/lib/apt/lists/*

RUN mkdir -p /var/lib/clickhouse /var/log/clickhouse-server \
 && chown -R clickhouse:clickhouse /var/lib/clickhouse /var/log/clickhouse-server
COPY config.d/ /etc/clickhouse-server/config.d/
EXPOSE 8123 9000 9009
VOLUME /var/lib/clickhouse
USER clickhouse
HEALTHCHECK --interval=15s CMD clickhouse-client --query "SELECT 1" || exit 1
CMD ["clickhouse-server", "--config-file=/etc/clickhouse-server/config.xml"]
