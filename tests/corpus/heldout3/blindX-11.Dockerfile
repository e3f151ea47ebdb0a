# corpus: modelled-on=tlc-pack/ci packer datadog.sh (signed-by apt repo install of datadog-agent), in an image intentionally built for amd64 only
# corpus: expect=
# corpus: platforms=linux/amd64
# The on-prem collectors only run on x86 hosts; this image is published for amd64 only.
FROM --platform=linux/amd64 ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive \
    DOCKER_DD_AGENT=true \
    DD_AGENT_MAJOR_VERSION=7

RUN apt-get update \
 && apt-get install -y --no-install-recommends apt-transport-https ca-certificates curl gnupg \
 && curl -fsSL https://keys.datadoghq.com/DATADOG_APT_KEY_CURRENT.public \
    | gpg --dearmor -o /usr/share/keyrings/datadog-archive-keyring.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/datadog-archive-keyring.gpg] https://apt.datadoghq.com/ stable 7" \
    > /etc/apt/sources.list.d/datadog.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends datadog-agent \
 && rm -rf /var/lib/apt/lists/*

COPY datadog.yaml /etc/datadog-agent/datadog.yaml
COPY conf.d/ /etc/datadog-agent/conf.d/

EXPOSE 8125/udp 8126/tcp
HEALTHCHECK --interval=30s CMD ["/opt/datadog-agent/bin/agent/agent", "health"]
CMD ["/opt/datadog-agent/bin/agent/agent", "run"]
