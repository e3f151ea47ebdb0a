# corpus: modelled-on=ClickHouse install script (clickhouse.com/ uname -m -> build dir mapping) in a distroless-ish image
# corpus: expect=
FROM debian:bookworm-slim

ARG CH_CHANNEL=master
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl tzdata \
 && rm -rf /var/lib/apt/lists/*

# uname -m inside the build container reports the *target* machine under buildx/qemu.
RUN set -e; \
    machine="$(uname -m)"; \
    case "$machine" in \
      x86_64|amd64)  dir="amd64" ;; \
      aarch64|arm64) dir="aarch64v80compat" ;; \
      *) echo "no ClickHouse build for $machine" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /usr/bin/clickhouse "https://builds.clickhouse.com/${CH_CHANNEL}/${dir}/clickhouse"; \
    chmod 0755 /usr/bin/clickhouse; \
    ln -s /usr/bin/clickhouse /usr/bin/clickhouse-server; \
    ln -s /usr/bin/clickhouse /usr/bin/clickhouse-client

COPY config.d/ /etc/clickhouse-server/config.d/
COPY users.d/ /etc/clickhouse-server/users.d/
EXPOSE 8123 9000 9009
VOLUME /var/lib/clickhouse
CMD ["clickhouse-server", "--config-file=/etc/clickhouse-server/config.xml"]
