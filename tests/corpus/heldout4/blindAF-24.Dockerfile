# corpus: modelled-on=goreleaser-style packaging of a prebuilt edge agent binary into an Ubuntu image
# corpus: expect=AL209@3,AL303@9
FROM amd64/ubuntu:22.04
ARG VERSION=2.14.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata libsystemd0 \
 && rm -rf /var/lib/apt/lists/*
# goreleaser drops binaries as dist/<name>-<os>-<arch>
COPY dist/edge-agent-linux-amd64 /usr/bin/edge-agent
COPY packaging/agent.yaml /etc/edge-agent/agent.yaml
RUN useradd --system --no-create-home --shell /usr/sbin/nologin edgeagent \
 && mkdir -p /var/lib/edge-agent \
 && chown edgeagent /var/lib/edge-agent
ENV EDGE_AGENT_CONFIG=/etc/edge-agent/agent.yaml \
    EDGE_AGENT_DATA=/var/lib/edge-agent \
    EDGE_AGENT_VERSION=${VERSION}
LABEL org.opencontainers.image.version=${VERSION}
USER edgeagent
HEALTHCHECK --interval=30s --timeout=5s CMD ["/usr/bin/edge-agent", "status", "--quiet"]
ENTRYPOINT ["/usr/bin/edge-agent"]
CMD ["run", "--config", "/etc/edge-agent/agent.yaml"]
