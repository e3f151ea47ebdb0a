# corpus: modelled-on=dart-lang/dart-docker (dpkg arch -> dartsdk-linux-<x64|arm64|arm> mapping) + TechEmpower dart-lang.dockerfile
# corpus: expect=
FROM debian:bookworm-slim

ARG DART_CHANNEL=stable
ARG DART_VERSION=3.5.4
ENV DART_SDK=/usr/lib/dart \
    PUB_CACHE=/var/cache/pub
ENV PATH=${DART_SDK}/bin:${PUB_CACHE}/bin:${PATH}

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl git unzip openssh-client; \
    case "$(dpkg --print-architecture)" in \
      amd64) SDK_ARCH=x64 ;; \
      arm64) SDK_ARCH=arm64 ;; \
      armhf) SDK_ARCH=arm ;; \
      *) echo >&2 "no Dart SDK for $(dpkg --print-architecture)"; exit 1 ;; \
    esac; \
    curl -fsSLo /tmp/dartsdk.zip \
      "https://storage.googleapis.com/dart-archive/channels/${DART_CHANNEL}/release/${DART_VERSION}/sdk/dartsdk-linux-${SDK_ARCH}-release.zip"; \
    unzip -q /tmp/dartsdk.zip -d /tmp; \
    mv /tmp/dart-sdk "$DART_SDK"; \
    rm -rf /tmp/dartsdk.zip /var/lib/apt/lists/*; \
    dart --version

WORKDIR /app
COPY pubspec.* ./
RUN dart pub get
COPY . .
RUN dart compile exe bin/server.dart -o /usr/local/bin/server
EXPOSE 8080
CMD ["/usr/local/bin/server"]
