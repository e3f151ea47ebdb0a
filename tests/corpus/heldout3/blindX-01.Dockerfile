# corpus: modelled-on=envoy front-proxy images built FROM envoyproxy/envoy (e.g. quickfeed envoy.Dockerfile), here pinned to amd64
# corpus: expect=AL201@5
# Front proxy for the metrics stack (Grafana, Loki, Prometheus behind one TLS listener).
# Pinned to the x86 image because the arm64 tag crashed for us once on the M1 laptops.
FROM --platform=linux/amd64 envoyproxy/envoy:v1.29.4

USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates gettext-base \
 && rm -rf /var/lib/apt/lists/*

COPY envoy.yaml.tmpl /etc/envoy/envoy.yaml.tmpl
COPY docker-entrypoint.sh /usr/local/bin/front-proxy-entrypoint.sh
RUN chmod 0755 /usr/local/bin/front-proxy-entrypoint.sh \
 && mkdir -p /var/log/envoy \
 && chown -R envoy:envoy /etc/envoy /var/log/envoy

ENV ENVOY_ADMIN_PORT=9901 \
    UPSTREAM_GRAFANA=grafana:3000 \
    UPSTREAM_LOKI=loki:3100 \
    UPSTREAM_PROMETHEUS=prometheus:9090

EXPOSE 8443 9901
HEALTHCHECK --interval=20s --timeout=3s \
  CMD curl -fsS "http://127.0.0.1:${ENVOY_ADMIN_PORT}/ready" || exit 1

USER envoy
ENTRYPOINT ["/usr/local/bin/front-proxy-entrypoint.sh"]
CMD ["envoy", "-c", "/etc/envoy/envoy.yaml", "--log-level", "info"]
