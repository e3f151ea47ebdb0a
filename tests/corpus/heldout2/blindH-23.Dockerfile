# corpus: modelled-on=Hugo builder/dev image fetching hugo_extended by ${TARGETOS}-${TARGETARCH} and dart-sass via an arch case
# corpus: expect=
FROM golang:1.23-bookworm

ARG HUGO_VERSION=0.139.3
ARG DART_SASS_VERSION=1.81.0
ARG TARGETOS
ARG TARGETARCH

RUN apt-get update && apt-get install -y --no-install-recommends git nodejs npm \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL "https://github.com/gohugoio/hugo/releases/download/v${HUGO_VERSION}/hugo_extended_${HUGO_VERSION}_${TARGETOS}-${TARGETARCH}.tar.gz" \
    | tar -xz -C /usr/local/bin hugo \
 && hugo version

# dart-sass names its tarballs x64 / arm64
RUN case "${TARGETARCH}" in \
      amd64) sass_arch=x64 ;; \
      arm64) sass_arch=arm64 ;; \
      *) echo "unsupported arch ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && curl -fsSL "https://github.com/sass/dart-sass/releases/download/${DART_SASS_VERSION}/dart-sass-${DART_SASS_VERSION}-linux-${sass_arch}.tar.gz" \
    | tar -xz -C /opt \
 && ln -s /opt/dart-sass/sass /usr/local/bin/sass

WORKDIR /src
EXPOSE 1313
CMD ["hugo", "server", "--bind", "0.0.0.0", "--disableFastRender"]
