# corpus: modelled-on=python worker image with dumb-init (Yelp/dumb-init release assets); arch variable assigned earlier in the same RUN
# corpus: expect=AL301@15
FROM debian:bookworm-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl python3 python3-venv; \
    # dumb-init is published per architecture
    DUMB_INIT_VERSION=1.2.5; \
    ARCH=x86_64; \
    curl -fsSL -o /usr/local/bin/dumb-init \
      "https://github.com/Yelp/dumb-init/releases/download/v${DUMB_INIT_VERSION}/dumb-init_${DUMB_INIT_VERSION}_${ARCH}"; \
    chmod +x /usr/local/bin/dumb-init; \
    rm -rf /var/lib/apt/lists/*

RUN python3 -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
COPY worker/ /opt/worker/
USER nobody
ENTRYPOINT ["/usr/local/bin/dumb-init", "--"]
CMD ["python3", "-m", "worker"]
