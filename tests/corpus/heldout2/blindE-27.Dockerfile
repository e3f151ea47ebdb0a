# corpus: modelled-on=SPA + nginx image: assets built in an amd64-pinned node stage, served from an arm32v7 nginx base
# corpus: expect=AL201@4,AL209@11
# build the static bundle on x86 CI runners (faster than qemu)
FROM --platform=linux/amd64 node:20-alpine AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci
COPY web/ .
RUN npm run build

FROM arm32v7/nginx:1.27-alpine
COPY --from=web /web/dist /usr/share/nginx/html
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1/ >/dev/null || exit 1
