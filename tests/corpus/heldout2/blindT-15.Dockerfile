# corpus: modelled-on=r-lib/rig install instructions + quarto-cli release .deb installs: R toolchain image
# corpus: expect=AL202@3,AL207@5
FROM --platform=$TARGETPLATFORM ubuntu:24.04

ARG TARGETARCH=amd64
ARG R_VERSION=4.5.1
ARG QUARTO_VERSION=1.8.25

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*

# rig ships rig-linux-latest.tar.gz (x86_64) and rig-linux-arm64-latest.tar.gz
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) rig_tgz=rig-linux-latest.tar.gz ;; \
      arm64) rig_tgz=rig-linux-arm64-latest.tar.gz ;; \
    esac; \
    curl -fsSL "https://github.com/r-lib/rig/releases/download/latest/${rig_tgz}" | tar -xz -C /usr/local; \
    rig add "${R_VERSION}"; \
    rig default "${R_VERSION}"

RUN curl -fsSL -o /tmp/quarto.deb \
      "https://github.com/quarto-dev/quarto-cli/releases/download/v${QUARTO_VERSION}/quarto-${QUARTO_VERSION}-linux-${TARGETARCH}.deb" \
    && apt-get update && apt-get install -y /tmp/quarto.deb \
    && rm -rf /tmp/quarto.deb /var/lib/apt/lists/*

COPY renv.lock /project/renv.lock
WORKDIR /project
RUN Rscript -e 'install.packages("renv"); renv::restore(prompt = FALSE)'
CMD ["R"]
