# corpus: modelled-on=keycloak.org "installing additional RPM packages" pattern (ubi9 --installroot stage) plus yq for realm templating
# corpus: expect=AL202@3,AL207@4
FROM --platform=$TARGETPLATFORM registry.access.redhat.com/ubi9:9.4 AS ubi-micro-build
ARG TARGETARCH=amd64
ARG YQ_VERSION=v4.44.2
RUN mkdir -p /mnt/rootfs \
 && dnf install --installroot /mnt/rootfs curl jq --releasever 9 \
      --setopt install_weak_deps=false --nodocs -y \
 && dnf --installroot /mnt/rootfs clean all \
 && rpm --root /mnt/rootfs -e --nodeps setup
RUN curl -fsSL -o /mnt/rootfs/usr/local/bin/yq \
      "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${TARGETARCH}" \
 && chmod 0755 /mnt/rootfs/usr/local/bin/yq

FROM quay.io/keycloak/keycloak:25.0.1
COPY --from=ubi-micro-build /mnt/rootfs /
COPY --chown=1000:0 realm-import/ /opt/keycloak/data/import/
ENV KC_DB=postgres \
    KC_HEALTH_ENABLED=true \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=70"
RUN /opt/keycloak/bin/kc.sh build
USER 1000
ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]
CMD ["start", "--optimized", "--import-realm"]
