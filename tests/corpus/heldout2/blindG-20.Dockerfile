# corpus: modelled-on=project image on nodejs/docker-node alpine, tini added via ADD with the BuildKit TARGETARCH
# corpus: expect=
FROM node:22-alpine3.22

# tini's release assets are named after Debian arches (tini-static-amd64,
# tini-static-arm64, ...), which happen to match BuildKit's TARGETARCH values
ARG TINI_VERSION=v0.19.0
ARG TARGETARCH
ADD --chmod=755 https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${TARGETARCH} /sbin/tini

ENV NODE_ENV=production
WORKDIR /usr/src/app

COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
	npm ci --omit=dev --ignore-scripts \
	&& npm rebuild sharp

COPY --chown=node:node . .

USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD wget -qO- http://127.0.0.1:3000/healthz || exit 1
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "server.js"]
