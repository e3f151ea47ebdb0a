# corpus: modelled-on=DataDog/docker-dd-agent early Dockerfiles (agent .deb fetched by URL then dpkg -i *_amd64.deb)
# corpus: expect=AL301@15,AL302@16
FROM debian:bookworm-slim
LABEL maintainer="sre@example.com"

ENV DOCKER_DD_AGENT=yes \
    DD_AGENT_VERSION=7.54.0-1 \
    DD_APM_ENABLED=true \
    DD_DOGSTATSD_NON_LOCAL_TRAFFIC=true \
    DD_LOGS_ENABLED=true

# Pin the exact package instead of tracking the apt repo
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl procps \
 && curl -fsSLO "https://s3.amazonaws.com/apt.datadoghq.com/pool/d/da/datadog-agent_${DD_AGENT_VERSION}_amd64.deb" \
 && dpkg -i "datadog-agent_${DD_AGENT_VERSION}_amd64.deb" \
 && rm -f datadog-agent_*.deb \
 && rm -rf /var/lib/apt/lists/*

COPY datadog.yaml /etc/datadog-agent/datadog.yaml
COPY conf.d/ /etc/datadog-agent/conf.d/
COPY entrypoint.sh /entrypoint.sh
RUN chmod +x /entrypoint.sh

EXPOSE 8125/udp 8126/tcp
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD ["/opt/datadog-agent/bin/agent/agent", "health"]
ENTRYPOINT ["/entrypoint.sh"]
CMD ["/opt/datadog-agent/bin/agent/agent", "run"]
