# corpus: modelled-on=grpc codegen image installing protoc from GitHub releases via a python heredoc (platform.machine mapping)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM python:3.12-slim-bookworm

ARG PROTOC_VERSION=28.3

RUN <<EOF
#!/usr/bin/env python3
import io, os, platform, urllib.request, zipfile

# protoc uses x86_64 / aarch_64 in its asset names
machine = platform.machine()
suffix = {"x86_64": "x86_64", "aarch64": "aarch_64"}[machine]
ver = os.environ["PROTOC_VERSION"]
url = f"https://github.com/protocolbuffers/protobuf/releases/download/v{ver}/protoc-{ver}-linux-{suffix}.zip"
with urllib.request.urlopen(url) as resp:
    archive = zipfile.ZipFile(io.BytesIO(resp.read()))
archive.extractall("/usr/local")
os.chmod("/usr/local/bin/protoc", 0o755)
EOF

RUN pip install --no-cache-dir grpcio-tools==1.67.1 mypy-protobuf==3.6.0
WORKDIR /proto
COPY proto/ .
ENTRYPOINT ["protoc"]
CMD ["--version"]
