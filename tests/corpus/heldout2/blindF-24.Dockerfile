# corpus: modelled-on=backup sidecar with MinIO mc (dl.min.io) and a goreleaser-built agent copied from dist/
# corpus: expect=AL301@12,AL303@18
FROM debian:bookworm-slim

ARG TARGETARCH
ARG MC_RELEASE=RELEASE.2024-11-21T17-21-54Z

# pinned mc build; fall back to the rolling build if the archive URL 404s
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl postgresql-client \
 && { curl -fsSL -o /usr/local/bin/mc "https://dl.min.io/client/mc/release/linux-${TARGETARCH}/archive/mc.${MC_RELEASE}" \
      || curl -fsSL -o /usr/local/bin/mc https://dl.min.io/client/mc/release/linux-amd64/mc; } \
 && chmod +x /usr/local/bin/mc \
 && rm -rf /var/lib/apt/lists/*

# binary produced by `goreleaser build --snapshot` in the CI job before docker build
ARG AGENT_ARCH=amd64
COPY dist/backup-agent_linux_${AGENT_ARCH}/backup-agent /usr/local/bin/backup-agent

COPY crontab /etc/backup/crontab
USER 999
ENTRYPOINT ["/usr/local/bin/backup-agent"]
CMD ["--schedule", "/etc/backup/crontab"]
