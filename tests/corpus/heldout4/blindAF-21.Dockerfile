# corpus: modelled-on=Keycloak custom image (providers + kc.sh build optimized stage) with a jq helper
# corpus: expect=AL207@9,AL201@14
FROM maven:3.9-eclipse-temurin-21 AS providers
WORKDIR /build
COPY providers/ .
RUN mvn -B -q package -DskipTests

FROM alpine:3.20 AS tools
ARG TARGETARCH=amd64
ARG JQ_VERSION=1.7.1
RUN wget -qO /jq https://github.com/jqlang/jq/releases/download/jq-${JQ_VERSION}/jq-linux-${TARGETARCH} \
 && chmod +x /jq

FROM --platform=linux/amd64 quay.io/keycloak/keycloak:25.0 AS builder
ENV KC_DB=postgres \
    KC_HEALTH_ENABLED=true \
    KC_METRICS_ENABLED=true
COPY --from=providers /build/target/*.jar /opt/keycloak/providers/
RUN /opt/keycloak/bin/kc.sh build

FROM quay.io/keycloak/keycloak:25.0
COPY --from=builder /opt/keycloak/ /opt/keycloak/
COPY --from=tools /jq /usr/local/bin/jq
ENV KC_DB=postgres \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=70 -XX:+UseG1GC"
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9000 && printf 'GET /health/ready HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]
CMD ["start", "--optimized"]
