# corpus: modelled-on=Python worker image with Yelp/dumb-init fetched via python urllib, TARGETARCH -> dumb-init asset names
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/ppc64le,linux/s390x
FROM python:3.12-slim

ARG TARGETARCH
ARG DUMB_INIT_VERSION=1.2.5

# dumb-init assets: x86_64, aarch64, ppc64le, s390x (no 32-bit arm)
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64)   di=x86_64 ;; \
      arm64)   di=aarch64 ;; \
      ppc64le) di=ppc64le ;; \
      s390x)   di=s390x ;; \
      *) echo "dumb-init has no build for ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    python3 -c "import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], '/usr/local/bin/dumb-init')" \
      "https://github.com/Yelp/dumb-init/releases/download/v${DUMB_INIT_VERSION}/dumb-init_${DUMB_INIT_VERSION}_${di}"; \
    chmod +x /usr/local/bin/dumb-init

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN useradd -r -u 1001 worker
USER worker
ENTRYPOINT ["/usr/local/bin/dumb-init", "--"]
CMD ["python", "-m", "worker"]
