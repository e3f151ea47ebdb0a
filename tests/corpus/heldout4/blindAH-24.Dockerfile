# corpus: modelled-on=company React/Vite SPA built once on the build host and served by nginx-unprivileged
# corpus: expect=AL208@13
# Build the static bundle natively - the output is plain JS/CSS, so this is fine.
FROM --platform=$BUILDPLATFORM node:20-alpine AS build
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN corepack enable && pnpm install --frozen-lockfile
COPY . .
ARG VITE_API_BASE=/api
RUN pnpm run build

# copied the --platform line from the stage above to make the M1 builds faster
FROM --platform=$BUILDPLATFORM nginxinc/nginx-unprivileged:1.25-alpine
COPY docker/nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY docker/nginx/security-headers.conf /etc/nginx/conf.d/security-headers.conf
COPY --from=build --chown=101:101 /app/dist /usr/share/nginx/html
ENV NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx/conf.d \
    API_UPSTREAM=http://backend:8080
EXPOSE 8080
HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:8080/ >/dev/null || exit 1
