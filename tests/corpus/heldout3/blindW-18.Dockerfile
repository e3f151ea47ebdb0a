# corpus: modelled-on=Python/Node CI lint images that vendor wheels with pip download --platform and add global npm CLIs
# corpus: expect=AL205@7,AL205@20
FROM python:3.12-slim AS wheels
WORKDIR /wheels
COPY requirements-ci.txt .
# Resolve binary wheels once so the runtime stage needs no compiler
RUN pip download --only-binary=:all: --platform manylinux2014_x86_64 --python-version 3.12 \
        -r requirements-ci.txt -d /wheels

FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update && apt-get install -y --no-install-recommends git curl ca-certificates gnupg \
    && curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \
    && apt-get install -y --no-install-recommends nodejs \
    && rm -rf /var/lib/apt/lists/*
COPY --from=wheels /wheels /tmp/wheels
RUN pip install --no-index --find-links=/tmp/wheels -r /tmp/wheels/requirements-ci.txt \
    && rm -rf /tmp/wheels
# markdown/JS linters used by the pipeline
RUN npm install -g --arch=x64 --omit=dev markdownlint-cli2@0.13.0 @biomejs/biome@1.8.3 prettier@3.3.2
WORKDIR /workspace
ENTRYPOINT ["/bin/bash", "-lc"]
