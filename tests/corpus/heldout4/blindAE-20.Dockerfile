# corpus: modelled-on=enterprise agent image wrapping a legacy x86-only vendor .run (makeself) installer
# corpus: expect=AL201@3
FROM --platform=linux/amd64 debian:bullseye-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates procps libaio1 file \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp/agent
# the installer is shipped to us by the vendor, checked into the repo
COPY vendor/monitor-agent-installer.run ./installer.run
RUN chmod +x installer.run \
 && ./installer.run --quiet --noexec --target /opt/monitor-agent \
 && /opt/monitor-agent/setup.sh --unattended --no-start \
 && rm -rf /tmp/agent

COPY agent.conf /opt/monitor-agent/etc/agent.conf
ENV AGENT_HOME=/opt/monitor-agent
WORKDIR /opt/monitor-agent
HEALTHCHECK --interval=30s CMD /opt/monitor-agent/bin/agentctl status || exit 1
CMD ["/opt/monitor-agent/bin/agentd", "-f"]
