# corpus: modelled-on=React/Vite SPA served by nginx-unprivileged (typical company frontend image)
# corpus: expect=
# The bundle is plain JS/CSS, so build it natively on the builder
# (our CI runners are amd64) instead of under QEMU for arm64.
FROM --platform=$BUILDPLATFORM node:20-alpine AS assets
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit
COPY tsconfig.json vite.config.ts index.html ./
COPY public ./public
COPY src ./src
ARG VITE_API_URL=/api
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.25-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=assets /app/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s \
  CMD wget -q --spider http://127.0.0.1:8080/ || exit 1
CMD ["nginx", "-g", "daemon off;"]
