# corpus: modelled-on=RafhaanShah-style BUILDPLATFORM node build stage (esbuild bundle) + per-target prod deps for sharp/better-sqlite3
# corpus: expect=
# Bundling is CPU-independent, so run it natively on the build host.
FROM --platform=$BUILDPLATFORM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json esbuild.config.mjs ./
COPY src ./src
# emits dist/server.js - plain JS, native deps are marked external
RUN node esbuild.config.mjs

# Production deps are installed on the target platform, so sharp and
# better-sqlite3 fetch their linux-x64 / linux-arm64 prebuilds themselves.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/server.js"]
