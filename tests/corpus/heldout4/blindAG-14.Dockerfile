# corpus: modelled-on=Python CLI frozen with PyInstaller (httpie/awscli-v2-like packaging), freeze step in a target-platform stage
# corpus: expect=
# Translations are arch independent: compile them on the builder.
FROM --platform=$BUILDPLATFORM python:3.12-slim AS i18n
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
 && rm -rf /var/lib/apt/lists/*
COPY locale /locale
RUN find /locale -name '*.po' -execdir sh -c 'msgfmt "$1" -o "${1%.po}.mo"' _ {} \;

# PyInstaller bundles the running interpreter + .so files, so it has to run
# on the platform the image is for (no --platform here on purpose).
FROM python:3.12-slim AS freeze
RUN apt-get update && apt-get install -y --no-install-recommends binutils \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt pyinstaller==6.5.0
COPY . .
COPY --from=i18n /locale ./locale
RUN pyinstaller --onefile --name vaultctl --add-data "locale:locale" vaultctl/__main__.py

FROM debian:bookworm-slim
RUN useradd -m -u 1000 vault
COPY --from=freeze /src/dist/vaultctl /usr/local/bin/vaultctl
USER vault
ENTRYPOINT ["vaultctl"]
CMD ["--help"]
