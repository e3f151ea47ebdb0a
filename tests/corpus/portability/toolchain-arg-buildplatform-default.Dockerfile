# corpus: modelled-on=Dockerfiles giving BUILDPLATFORM a default for the legacy builder
# corpus: expect=AL207@3
ARG BUILDPLATFORM=linux/amd64
FROM --platform=$BUILDPLATFORM node:20 AS assets
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM nginx:1.27-alpine
COPY --from=assets /app/dist /usr/share/nginx/html
