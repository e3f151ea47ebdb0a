# corpus: modelled-on=sharp install docs "cross-platform" (npm --os/--cpu/--libc) used in a $BUILDPLATFORM deps stage
# corpus: expect=
FROM --platform=$BUILDPLATFORM node:20-bookworm-slim AS deps
ARG TARGETARCH
WORKDIR /app
COPY package.json package-lock.json ./
# sharp >= 0.33 ships libvips as @img/sharp-linux-<cpu> optional deps; pick the
# set for the image being built, not for this (usually amd64) build host
RUN case "$TARGETARCH" in \
      amd64) npm_cpu=x64 ;; \
      arm64) npm_cpu=arm64 ;; \
      *) echo "sharp has no prebuilt binary for $TARGETARCH" >&2; exit 1 ;; \
    esac \
 && npm ci --omit=dev --os=linux --libc=glibc --cpu="$npm_cpu"

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server.mjs"]
