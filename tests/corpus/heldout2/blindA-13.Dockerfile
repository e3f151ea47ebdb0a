# corpus: modelled-on=RawSanj/spring-redis-websocket (JAVA_OPTS + sh -c java) with Graviton-only HotSpot tuning flags
# corpus: expect=AL202@3,AL401@16
FROM --platform=$TARGETPLATFORM eclipse-temurin:17-jre-alpine

RUN apk add --no-cache bash tini \
 && addgroup -S gateway && adduser -S -G gateway gateway
WORKDIR /srv/gateway
COPY target/gateway-*.jar gateway.jar
COPY docker/logback.xml /srv/gateway/config/logback.xml

ENV JAVA_OPTS="-XX:+UseZGC -XX:MaxRAMPercentage=70 -Xss512k -Dlogging.config=/srv/gateway/config/logback.xml"
EXPOSE 8443
USER gateway
ENTRYPOINT ["/sbin/tini", "--"]
# LSE atomics + SIMD memops measured +6% on the c7g nodes
CMD exec java $JAVA_OPTS -XX:+UseLSE -XX:+UseSIMDForMemoryOps -jar /srv/gateway/gateway.jar
