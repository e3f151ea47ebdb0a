# corpus: modelled-on=DuckDB CLI fetched in a $BUILDPLATFORM stage with TARGETARCH -> asset name mapping (duckdb release assets linux-amd64 / linux-aarch64)
# corpus: expect=
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG TARGETARCH
ARG DUCKDB_VERSION=v1.1.3
RUN apk add --no-cache curl unzip
# release assets are called duckdb_cli-linux-amd64.zip and duckdb_cli-linux-aarch64.zip
RUN case "${TARGETARCH}" in \
      amd64) asset=duckdb_cli-linux-amd64.zip ;; \
      arm64) asset=duckdb_cli-linux-aarch64.zip ;; \
      *) echo "no duckdb build for ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && curl -fsSL -o /tmp/duckdb.zip "https://github.com/duckdb/duckdb/releases/download/${DUCKDB_VERSION}/${asset}" \
 && mkdir -p /out \
 && unzip /tmp/duckdb.zip -d /out

FROM debian:bookworm-slim
COPY --from=fetch /out/duckdb /usr/local/bin/duckdb
RUN useradd -m analyst
USER analyst
WORKDIR /home/analyst
COPY --chown=analyst queries/ ./queries/
ENTRYPOINT ["duckdb"]
