# corpus: modelled-on=PostHog clickhouse.arm64.Dockerfile (arm64v8 base + ADD aarch64 binary)
# corpus: expect=AL209@5,AL301@11
# Local dev image for Apple Silicon laptops.
# docker buildx build --platform linux/amd64,linux/arm64 -t ch-dev -f clickhouse.Dockerfile .
FROM arm64v8/ubuntu:22.04

RUN apt-get update \
    && apt-get install -y --no-install-recommends openssl ca-certificates \
    && rm -rf /var/lib/apt/lists/*

ADD https://builds.clickhouse.com/master/aarch64/clickhouse /clickhouse
RUN chmod a+x /clickhouse \
    && yes '' | /clickhouse install --user root --group root \
    && rm /clickhouse

COPY ee/config.clickhouse.xml /etc/clickhouse-server/config.xml
COPY ee/idl /var/lib/clickhouse/format_schemas/
RUN openssl req -subj "/CN=localhost" -new -newkey rsa:2048 -days 365 -nodes -x509 \
      -keyout /etc/clickhouse-server/server.key -out /etc/clickhouse-server/server.crt

EXPOSE 8123 9000 9440
CMD ["clickhouse", "server", "-C", "/etc/clickhouse-server/config.xml"]
