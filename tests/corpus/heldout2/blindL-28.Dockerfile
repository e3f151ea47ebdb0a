# corpus: modelled-on=Vite/React SPA served by nginx, JS toolchain on $BUILDPLATFORM, runtime per target (cf. docker docs "faster cross-platform builds" pattern)
# corpus: expect=
FROM --platform=$BUILDPLATFORM node:22-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# esbuild, @rollup/rollup-linux-x64-musl / -arm64-musl and sass-embedded are
# resolved for the *build* host here; the output in dist/ is plain JS/CSS, so
# the same bundle is valid for amd64 and arm64 images.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
ARG VITE_API_URL=/api
RUN VITE_API_URL=${VITE_API_URL} npm run build

FROM nginx:1.27-alpine
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
RUN chown -R nginx:nginx /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1/ >/dev/null || exit 1
CMD ["nginx", "-g", "daemon off;"]
