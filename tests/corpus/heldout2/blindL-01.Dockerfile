# corpus: modelled-on=small Express+Prisma API pinned to amd64 "to make it work on my M1" (cf. duongptryu/git-be-manage Dockerfile)
# corpus: expect=AL201@5
# M1 fix: prisma engines kept crashing under arm64 so we force amd64 (Rosetta
# handles it fine locally, and prod is on x86 anyway).
FROM --platform=linux/amd64 node:20-bullseye-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends openssl ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /home/node/app
ENV NODE_ENV=production \
    PRISMA_CLI_BINARY_TARGETS=debian-openssl-1.1.x

COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node prisma ./prisma
RUN npm ci --omit=dev && npx prisma generate

COPY --chown=node:node . .
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s CMD node -e "fetch('http://localhost:3000/healthz').then(r=>process.exit(r.ok?0:1))"
CMD ["node", "src/server.js"]
