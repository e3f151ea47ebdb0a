# corpus: modelled-on=GoogleCloudPlatform cloud-builders-community flutter Dockerfile / DartPad flutter image (git clone flutter, precache) used for a web build served by nginx
# corpus: expect=
# Flutter web output is plain JS/wasm, so the SDK stage runs natively on the
# build host (amd64 or arm64) and only the nginx stage follows the target.
FROM --platform=$BUILDPLATFORM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends git curl unzip xz-utils ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ARG FLUTTER_VERSION=3.24.3
RUN git clone --depth 1 --branch ${FLUTTER_VERSION} https://github.com/flutter/flutter.git /opt/flutter
ENV PATH=/opt/flutter/bin:/opt/flutter/bin/cache/dart-sdk/bin:${PATH}
RUN flutter config --no-analytics --enable-web \
 && flutter precache --web --no-android --no-ios
WORKDIR /app
COPY pubspec.yaml pubspec.lock ./
RUN flutter pub get
COPY . .
RUN flutter build web --release --base-href /

FROM nginx:1.27-alpine
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/build/web /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1/ > /dev/null || exit 1
