# corpus: modelled-on=picoshare-style litestream downloader stage using a pinned linux-amd64 static tarball
# corpus: expect=AL301@13,AL303@20
FROM debian:bookworm-slim AS litestream_downloader

ARG litestream_version="v0.3.13"
ARG litestream_tgz="litestream-${litestream_version}-linux-amd64.tar.gz"

WORKDIR /litestream
RUN set -x && \
    apt-get update && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates wget && \
    wget -q "https://github.com/benbjohnson/litestream/releases/download/${litestream_version}/${litestream_tgz}" && \
    tar -xvzf "${litestream_tgz}"

FROM alpine:3.20
RUN apk add --no-cache bash sqlite
COPY --from=litestream_downloader /litestream/litestream /app/litestream
# CI drops the prebuilt server binary in bin/ before docker build
COPY bin/app-linux-amd64 /app/server
COPY docker-entrypoint /app/docker-entrypoint
WORKDIR /app
ENTRYPOINT ["/app/docker-entrypoint"]
