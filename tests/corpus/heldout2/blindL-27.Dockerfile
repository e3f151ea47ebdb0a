# corpus: modelled-on=Vite/React SPA served by nginx, with every stage on $BUILDPLATFORM "to avoid qemu" (cf. public golang distroless Dockerfiles with FROM --platform=$BUILDPLATFORM final stage)
# corpus: expect=AL208@14
FROM --platform=$BUILDPLATFORM node:22-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# esbuild / sass-embedded / rollup native bits only ever run here on the build host
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
ARG VITE_API_URL=/api
ENV VITE_API_URL=${VITE_API_URL}
RUN npm run build

# qemu made the nginx stage painfully slow on the M1 -> run it natively too
FROM --platform=$BUILDPLATFORM nginx:1.27-alpine
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
RUN chown -R nginx:nginx /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1/ >/dev/null || exit 1
CMD ["nginx", "-g", "daemon off;"]
