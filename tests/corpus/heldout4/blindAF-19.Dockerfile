# corpus: modelled-on=Vite/React SPA built with pnpm and served by nginx-unprivileged
# corpus: expect=AL208@12
FROM --platform=$BUILDPLATFORM node:20-alpine AS build
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN corepack enable && pnpm install --frozen-lockfile
COPY . .
ENV VITE_API_BASE=/api
RUN pnpm run build

# static files only, so "no need to emulate anything" for the runtime stage either
FROM --platform=$BUILDPLATFORM nginxinc/nginx-unprivileged:1.27-alpine
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q --spider http://127.0.0.1:8080/ || exit 1
CMD ["nginx", "-g", "daemon off;"]
