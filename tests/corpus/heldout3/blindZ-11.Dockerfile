# corpus: modelled-on=DuckDB CLI + dbt-duckdb image with a dpkg arch check that only knows amd64 (KristoR/data_engineering_2024 DuckDB Dockerfile, davidgasquez/docker-duckdb)
# corpus: expect=AL301@11
FROM python:3.12-slim-bookworm

ARG DUCKDB_VERSION=v1.1.3
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip ca-certificates \
 && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    case "$(dpkg --print-architecture)" in \
      amd64) curl -fsSL -o /tmp/duckdb.zip "https://github.com/duckdb/duckdb/releases/download/${DUCKDB_VERSION}/duckdb_cli-linux-amd64.zip" ;; \
      *) echo "unsupported architecture: $(dpkg --print-architecture)" >&2; exit 1 ;; \
    esac; \
    unzip -o /tmp/duckdb.zip -d /usr/local/bin; \
    rm /tmp/duckdb.zip; \
    duckdb -version

WORKDIR /workspace
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt dbt-duckdb==1.9.0
COPY models/ ./models/
COPY dbt_project.yml profiles.yml ./
ENV DBT_PROFILES_DIR=/workspace
ENTRYPOINT ["dbt"]
CMD ["build"]
