# corpus: modelled-on=Static-site images that build assets on the build platform (node) and serve them with nginx
# corpus: expect=
FROM --platform=$BUILDPLATFORM node:20-alpine AS assets
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=assets /site/dist /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK CMD wget -qO- http://127.0.0.1/healthz || exit 1
