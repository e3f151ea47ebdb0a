# corpus: modelled-on=Hugo site builders + selenium geckodriver installs (linux64 / linux-aarch64 naming) mapped from TARGETARCH
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
ARG HUGO_VERSION=0.128.0
ARG GECKODRIVER_VERSION=v0.34.0
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates git firefox-esr && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL "https://github.com/gohugoio/hugo/releases/download/v${HUGO_VERSION}/hugo_extended_${HUGO_VERSION}_linux-${TARGETARCH}.tar.gz" \
      | tar -xz -C /usr/local/bin hugo
RUN set -eux; \
    if [ "$TARGETARCH" = "amd64" ]; then \
        gdArch=linux64; \
    elif [ "$TARGETARCH" = "arm64" ]; then \
        gdArch=linux-aarch64; \
    else \
        echo >&2 "no geckodriver build for $TARGETARCH"; exit 1; \
    fi; \
    curl -fsSL "https://github.com/mozilla/geckodriver/releases/download/${GECKODRIVER_VERSION}/geckodriver-${GECKODRIVER_VERSION}-${gdArch}.tar.gz" \
      | tar -xz -C /usr/local/bin
WORKDIR /site
COPY . .
CMD ["sh", "-c", "hugo --minify && python3 -m tests.e2e"]
