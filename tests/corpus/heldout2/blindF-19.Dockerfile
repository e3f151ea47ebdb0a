# corpus: modelled-on=node service base image with ONBUILD triggers (collabnix ONBUILD lab pattern) that re-declare TARGETARCH
# corpus: expect=
FROM node:20-bookworm-slim

ARG TARGETARCH
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && curl -fsSL -o /usr/local/bin/tini \
      "https://github.com/krallin/tini/releases/download/v0.19.0/tini-${TARGETARCH}" \
 && chmod +x /usr/local/bin/tini

WORKDIR /app
ENV NODE_ENV=production

# Triggers run right after FROM in the child build, before any of its own ARGs,
# so TARGETARCH has to be re-declared as a trigger too.
ONBUILD ARG TARGETARCH
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci --omit=dev
ONBUILD RUN curl -fsSL -o /usr/local/bin/grpc_health_probe \
              "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/v0.4.35/grpc_health_probe-linux-${TARGETARCH}" \
         && chmod +x /usr/local/bin/grpc_health_probe
ONBUILD COPY . .

USER node
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["node", "server.js"]
