# corpus: modelled-on=davidgasquez/docker-duckdb + offline wheelhouse build for a DuckDB ETL job
# corpus: expect=AL205@7,AL301@15
FROM python:3.12-slim-bookworm AS wheels
ARG DUCKDB_VERSION=1.1.3
WORKDIR /wheels
COPY requirements.txt .
RUN pip download --only-binary=:all: --platform manylinux2014_x86_64 --python-version 3.12 \
      -r requirements.txt "duckdb==${DUCKDB_VERSION}" -d /wheels

FROM python:3.12-slim-bookworm
ARG DUCKDB_VERSION=1.1.3
RUN apt-get update && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*

ADD https://github.com/duckdb/duckdb/releases/download/v${DUCKDB_VERSION}/duckdb_cli-linux-amd64.zip /tmp/duckdb.zip
RUN unzip /tmp/duckdb.zip -d /usr/local/bin && rm /tmp/duckdb.zip && chmod +x /usr/local/bin/duckdb

COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels -r /wheels/requirements.txt duckdb
WORKDIR /app
COPY etl/ ./etl/
CMD ["python", "-m", "etl.run"]
