# corpus: modelled-on=observability agent image installing a makeself .run bundle; arch case only knows x86_64
# corpus: expect=AL301@12
FROM ubuntu:22.04

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gzip procps \
 && rm -rf /var/lib/apt/lists/*

ARG AGENT_VERSION=2.14.3
ARG AGENT_BASE=https://downloads.example-apm.io/agent
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64) agent_arch=x86_64 ;; \
      *) echo "agent is not published for $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/agent.run ${AGENT_BASE}/${AGENT_VERSION}/apm-agent-${AGENT_VERSION}-linux-${agent_arch}.run; \
    sh /tmp/agent.run --quiet --accept -- --prefix /opt/apm --no-service; \
    rm -f /tmp/agent.run

COPY apm.yaml /opt/apm/etc/apm.yaml
ENV APM_HOME=/opt/apm PATH=/opt/apm/bin:$PATH
USER nobody
HEALTHCHECK CMD ["apmctl", "health"]
CMD ["apm-agent", "run", "--config", "/opt/apm/etc/apm.yaml"]
