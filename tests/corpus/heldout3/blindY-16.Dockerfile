# corpus: modelled-on=flutter web Dockerfiles built on ghcr.io/cirruslabs/flutter and served by a static web server
# corpus: expect=AL208@12
FROM --platform=$BUILDPLATFORM ghcr.io/cirruslabs/flutter:3.24.3 AS build
WORKDIR /app
COPY pubspec.yaml pubspec.lock ./
RUN flutter pub get
COPY . .
ARG API_BASE=/api
RUN flutter build web --release --dart-define=API_BASE=${API_BASE}

# static file server for the compiled app
FROM --platform=$BUILDPLATFORM caddy:2.8-alpine
COPY Caddyfile /etc/caddy/Caddyfile
COPY --from=build /app/build/web /srv
EXPOSE 8080
HEALTHCHECK --interval=30s CMD wget -qO /dev/null http://127.0.0.1:8080/ || exit 1
