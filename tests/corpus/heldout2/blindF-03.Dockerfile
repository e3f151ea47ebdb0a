# corpus: modelled-on=tini-based debian service image; ARG default amd64 later re-declared from TARGETARCH
# corpus: expect=
FROM debian:bookworm-slim

# Fallback for the legacy builder (no BuildKit, no TARGETARCH); re-declared below.
ARG TINI_ARCH=amd64
ARG TINI_VERSION=v0.19.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl libpq5 \
 && rm -rf /var/lib/apt/lists/*

ARG TARGETARCH
ARG TINI_ARCH=${TARGETARCH:-amd64}

RUN curl -fsSL -o /usr/local/bin/tini \
      "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-${TINI_ARCH}" \
 && chmod +x /usr/local/bin/tini \
 && tini --version

COPY --chown=1000:1000 app/ /srv/app/
WORKDIR /srv/app
USER 1000
HEALTHCHECK --interval=30s CMD ["/srv/app/bin/healthcheck"]
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["/srv/app/bin/server"]
