# corpus: modelled-on=clickhouse/clickhouse-server derived image pinned to amd64 ("needs SSE4.2") with custom configs
# corpus: expect=AL201@5
# ClickHouse official builds require SSE 4.2; pin the platform so Mac/Graviton
# laptops pull the x86 image instead of the aarch64 one.
FROM --platform=linux/amd64 clickhouse/clickhouse-server:24.8-alpine

USER root
RUN apk add --no-cache bash curl jq tzdata

COPY config.d/*.xml /etc/clickhouse-server/config.d/
COPY users.d/*.xml /etc/clickhouse-server/users.d/
COPY --chmod=0755 docker-entrypoint-initdb.d/ /docker-entrypoint-initdb.d/

ENV CLICKHOUSE_DB=analytics \
    CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT=1 \
    TZ=UTC

USER clickhouse
HEALTHCHECK --interval=15s --timeout=3s CMD wget -qO- http://127.0.0.1:8123/ping || exit 1
EXPOSE 8123 9000 9009
