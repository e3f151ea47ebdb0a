# corpus: modelled-on=internal Python ops tool frozen with PyInstaller, build stage pinned to the builder for speed
# corpus: expect=AL205@12,AL206@17
FROM --platform=$BUILDPLATFORM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends binutils gcc libffi-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY requirements.txt .
# prefetch wheels so the freeze is reproducible
RUN pip download --only-binary=:all: --platform manylinux2014_x86_64 \
      --python-version 3.11 -d /wheels -r requirements.txt \
 && pip install --no-index --find-links /wheels -r requirements.txt \
 && pip install pyinstaller==6.4.0
COPY . .
RUN pyinstaller --clean --onefile --name syncer syncer/cli.py

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/dist/syncer /usr/local/bin/syncer
RUN useradd -r syncer
USER syncer
ENTRYPOINT ["/usr/local/bin/syncer"]
