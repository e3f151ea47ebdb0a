# corpus: modelled-on=node cron/worker image installing supercronic per $TARGETARCH with per-arch checksums
# corpus: expect=
FROM node:20-bookworm-slim

ARG SUPERCRONIC_VERSION=v0.2.33
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
 && case "${TARGETARCH}" in \
      amd64) SHA1=71b0d58cc53f6bd72cf2f293e09e294b79c666d8 ;; \
      arm64) SHA1=e0f0c06ebc5627e43b25475711e694450489ab00 ;; \
      *) echo "no supercronic build wired up for ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && curl -fsSLo /usr/local/bin/supercronic \
      "https://github.com/aptible/supercronic/releases/download/${SUPERCRONIC_VERSION}/supercronic-linux-${TARGETARCH}" \
 && echo "${SHA1}  /usr/local/bin/supercronic" | sha1sum -c - \
 && chmod +x /usr/local/bin/supercronic \
 && apt-get purge -y --auto-remove curl \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["supercronic", "-json", "/app/crontab"]
