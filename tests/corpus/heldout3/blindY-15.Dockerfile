# corpus: modelled-on=typical React/Vite SPA multi-stage Dockerfile (node build on $BUILDPLATFORM, nginx-unprivileged runtime)
# corpus: expect=
# Built and pushed for linux/amd64 and linux/arm64. The node stage stays on the
# builder's own platform (amd64 on CI): the bundle is architecture-independent,
# so emulating an arm64 node under QEMU would only make the build slower.
FROM --platform=$BUILDPLATFORM node:20-alpine AS build
WORKDIR /app
RUN corepack enable
COPY package.json pnpm-lock.yaml ./
RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile
COPY . .
ARG VITE_API_URL=/api
RUN pnpm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --chown=101:101 deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build --chown=101:101 /app/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q --spider http://127.0.0.1:8080/ || exit 1
