# corpus: modelled-on=hackyoMa/docker-image Zulu JDK download by platform + docker-library style gosu install in a second stage
# corpus: expect=AL207@9,AL203@25
ARG ZULU_VERSION=21.38.21
ARG JDK_VERSION=21.0.5

FROM debian:bookworm-slim AS jdk
ARG ZULU_VERSION
ARG JDK_VERSION
ARG TARGETARCH=amd64
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) ZARCH=x64 ;; \
      arm64) ZARCH=aarch64 ;; \
      *) echo "unsupported: $TARGETARCH"; exit 1 ;; \
    esac; \
    mkdir -p /opt/zulu; \
    curl -fsSL "https://cdn.azul.com/zulu/bin/zulu${ZULU_VERSION}-ca-jre${JDK_VERSION}-linux_${ZARCH}.tar.gz" \
      | tar -xz -C /opt/zulu --strip-components=1

FROM debian:bookworm-slim
COPY --from=jdk /opt/zulu /opt/zulu
ENV JAVA_HOME=/opt/zulu PATH=/opt/zulu/bin:$PATH
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/* \
 && curl -fsSL -o /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/1.17/gosu-${TARGETARCH}" \
 && chmod +x /usr/local/bin/gosu && gosu nobody true
COPY build/install/micronaut-gateway /opt/gateway
COPY docker/entrypoint.sh /entrypoint.sh
ENV JAVA_OPTS="-XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1"
EXPOSE 8080
ENTRYPOINT ["/entrypoint.sh"]
CMD ["/opt/gateway/bin/micronaut-gateway"]
