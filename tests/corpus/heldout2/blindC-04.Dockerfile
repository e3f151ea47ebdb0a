# corpus: modelled-on=cv-library/docker-geckodriver Dockerfile + blueimp geckodriver image, made multi-arch with dpkg arch case
# corpus: expect=
FROM debian:bookworm-slim

ARG GECKODRIVER_VERSION=0.35.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl firefox-esr fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

# geckodriver ships linux64 (x86_64) and linux-aarch64 tarballs
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
      amd64) url="https://github.com/mozilla/geckodriver/releases/download/v${GECKODRIVER_VERSION}/geckodriver-v${GECKODRIVER_VERSION}-linux64.tar.gz" ;; \
      arm64) url="https://github.com/mozilla/geckodriver/releases/download/v${GECKODRIVER_VERSION}/geckodriver-v${GECKODRIVER_VERSION}-linux-aarch64.tar.gz" ;; \
      *) echo "unsupported architecture: $arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "$url" | tar -xz -C /usr/local/bin geckodriver; \
    geckodriver --version

RUN useradd --create-home --uid 1000 webdriver
USER webdriver
EXPOSE 4444
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fs http://localhost:4444/status || exit 1
ENTRYPOINT ["geckodriver", "--host", "0.0.0.0", "--port", "4444"]
