# corpus: modelled-on=wal-g install script with dpkg --print-architecture case (zalando spilo-style) adapted to release binaries
# corpus: expect=
FROM postgres:17-bookworm

ARG WALG_VERSION=v3.0.5

# Release assets are named ...-amd64.tar.gz and ...-aarch64.tar.gz, so map dpkg's arch name.
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch}" in \
        amd64) url="https://github.com/wal-g/wal-g/releases/download/${WALG_VERSION}/wal-g-pg-ubuntu-22.04-amd64.tar.gz" ;; \
        arm64) url="https://github.com/wal-g/wal-g/releases/download/${WALG_VERSION}/wal-g-pg-ubuntu-22.04-aarch64.tar.gz" ;; \
        *) echo >&2 "unsupported architecture: ${dpkgArch}"; exit 1 ;; \
    esac; \
    curl -fsSL "$url" | tar -xz -C /usr/local/bin; \
    mv /usr/local/bin/wal-g-pg-* /usr/local/bin/wal-g; \
    wal-g --version; \
    apt-get purge -y --auto-remove curl; \
    rm -rf /var/lib/apt/lists/*

COPY --chown=postgres:postgres walg.json /var/lib/postgresql/.walg.json
USER postgres
