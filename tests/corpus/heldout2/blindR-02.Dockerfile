# corpus: modelled-on=dustymugs/pgplus Dockerfile (postgres + wal-g release tarball)
# corpus: expect=AL301@12
FROM postgres:16-bookworm

ARG WALG_VERSION=v3.0.5
ENV WALG_CONFIG_DIR=/etc/wal-g.d

RUN export DEBIAN_FRONTEND=noninteractive && \
    apt-get update -qq && \
    apt-get install -qqy --no-install-recommends ca-certificates curl daemontools && \
    cd /usr/local/bin && \
    curl -fsSL "https://github.com/wal-g/wal-g/releases/download/${WALG_VERSION}/wal-g-pg-ubuntu-22.04-amd64.tar.gz" | tar xzf - && \
    mv wal-g-pg-ubuntu-22.04-amd64 wal-g && \
    chmod 0755 wal-g && \
    rm -rf /var/lib/apt/lists/*

RUN mkdir -p "${WALG_CONFIG_DIR}/env" && chown -R postgres:postgres "${WALG_CONFIG_DIR}"
COPY --chown=postgres:postgres archive_command.sh /usr/local/bin/archive_command.sh
COPY postgresql.conf.d/ /etc/postgresql/conf.d/

USER postgres
