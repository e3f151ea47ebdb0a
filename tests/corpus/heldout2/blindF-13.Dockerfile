# corpus: modelled-on=analytics image fetching the DuckDB CLI with a python heredoc (urllib) instead of curl
# corpus: expect=AL207@6,AL301@14
# syntax=docker/dockerfile:1
FROM python:3.12-slim-bookworm

ARG TARGETPLATFORM=linux/amd64
ARG DUCKDB_VERSION=1.1.3

RUN <<EOF
#!/usr/bin/env python3
import io, os, urllib.request, zipfile

version = os.environ["DUCKDB_VERSION"]
url = f"https://github.com/duckdb/duckdb/releases/download/v{version}/duckdb_cli-linux-amd64.zip"
with urllib.request.urlopen(url) as resp:
    zipfile.ZipFile(io.BytesIO(resp.read())).extract("duckdb", "/usr/local/bin")
os.chmod("/usr/local/bin/duckdb", 0o755)
print("installed duckdb", version, "for", os.environ.get("TARGETPLATFORM"))
EOF

WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY notebooks/ notebooks/
COPY etl/ etl/
CMD ["python", "-m", "etl.nightly"]
