# corpus: modelled-on=Express REST API on node:20-alpine with tini from apk and npm ci --omit=dev
# corpus: expect=
FROM node:20-alpine

# tini from the Alpine repo rather than the GitHub release binary, so the
# same line works for the arm64 image as well as on amd64
RUN apk add --no-cache tini curl

ENV NODE_ENV=production
WORKDIR /usr/src/app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY --chown=node:node . .

USER node
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD curl -fs http://localhost:3000/api/health || exit 1

ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "src/server.js"]
