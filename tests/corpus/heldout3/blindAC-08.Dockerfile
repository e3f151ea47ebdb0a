# corpus: modelled-on=Keycloak optimized image per keycloak.org/server/containers (builder + kc.sh build), final stage pinned to amd64
# corpus: expect=AL201@14
FROM quay.io/keycloak/keycloak:24.0.5 AS builder

ENV KC_DB=postgres \
    KC_HEALTH_ENABLED=true \
    KC_METRICS_ENABLED=true \
    KC_FEATURES=token-exchange
WORKDIR /opt/keycloak
COPY providers/*.jar /opt/keycloak/providers/
RUN /opt/keycloak/bin/kc.sh build

# prod cluster nodes are all x86
FROM --platform=linux/amd64 quay.io/keycloak/keycloak:24.0.5
COPY --from=builder /opt/keycloak/ /opt/keycloak/
COPY --chown=1000:0 themes/acme /opt/keycloak/themes/acme

ENV KC_HOSTNAME_STRICT=false \
    KC_PROXY_HEADERS=xforwarded \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=65 -Djgroups.dns.query=keycloak-headless.iam.svc.cluster.local"

USER 1000
EXPOSE 8080 8443 9000
ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]
CMD ["start", "--optimized"]
