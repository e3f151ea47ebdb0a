# corpus: modelled-on=KristoR/data_engineering_2024 DuckDB Dockerfile (arch-checked CLI download), switched to TARGETARCH
# corpus: expect=
FROM python:3.12-slim-bookworm

ARG TARGETARCH
ARG DUCKDB_VERSION=1.1.3

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl unzip \
 && rm -rf /var/lib/apt/lists/*

# DuckDB names its arm build "aarch64", so the two supported platforms are spelled out.
RUN if [ "$TARGETARCH" = "amd64" ]; then \
        curl -fsSL -o /tmp/duckdb.zip https://github.com/duckdb/duckdb/releases/download/v${DUCKDB_VERSION}/duckdb_cli-linux-amd64.zip; \
    elif [ "$TARGETARCH" = "arm64" ]; then \
        curl -fsSL -o /tmp/duckdb.zip https://github.com/duckdb/duckdb/releases/download/v${DUCKDB_VERSION}/duckdb_cli-linux-aarch64.zip; \
    else \
        echo "Unsupported architecture: $TARGETARCH" >&2; exit 1; \
    fi \
 && unzip /tmp/duckdb.zip -d /usr/local/bin \
 && chmod +x /usr/local/bin/duckdb \
 && rm /tmp/duckdb.zip

RUN pip install --no-cache-dir "duckdb==${DUCKDB_VERSION}" pyarrow
WORKDIR /work
COPY queries/ ./queries/
CMD ["duckdb"]
