# corpus: modelled-on=Hugo docs site that downloads the hugo_extended .deb and serves public/ with nginx
# corpus: expect=AL301@7,AL302@8
FROM debian:bookworm-slim AS build
ARG HUGO_VERSION=0.139.3
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git \
 && curl -fsSLO https://github.com/gohugoio/hugo/releases/download/v${HUGO_VERSION}/hugo_extended_${HUGO_VERSION}_linux-amd64.deb \
 && dpkg -i hugo_extended_${HUGO_VERSION}_linux-amd64.deb \
 && rm hugo_extended_${HUGO_VERSION}_linux-amd64.deb \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /site
COPY . .
RUN git submodule update --init --recursive || true
RUN hugo --gc --minify --baseURL "https://docs.example.org/"

FROM nginx:1.27-alpine
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/public /usr/share/nginx/html
EXPOSE 80
