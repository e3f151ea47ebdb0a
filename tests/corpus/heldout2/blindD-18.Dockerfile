# corpus: modelled-on=buildkite/agent packaging/docker/alpine-linux/Dockerfile + BazaJayGee66/buildkite-agent-raspberry-pi (release tarball inside the image)
# corpus: expect=AL208@3,AL203@12
FROM --platform=$BUILDPLATFORM alpine:3.20

ARG BK_VERSION=3.87.0
ENV BUILDKITE_AGENT_CONFIG=/buildkite/buildkite-agent.cfg

RUN apk add --no-cache bash git perl rsync openssh-client curl docker-cli jq su-exec tini tzdata

WORKDIR /buildkite
RUN curl -fsSL -o /tmp/agent.tgz \
      "https://github.com/buildkite/agent/releases/download/v${BK_VERSION}/buildkite-agent-linux-${TARGETARCH}-${BK_VERSION}.tar.gz" \
 && tar -xzf /tmp/agent.tgz -C /tmp \
 && mv /tmp/buildkite-agent /usr/local/bin/buildkite-agent \
 && rm -rf /tmp/agent.tgz /tmp/bootstrap.sh /tmp/buildkite-agent.cfg \
 && mkdir -p /buildkite/builds /buildkite/hooks /buildkite/plugins

COPY buildkite-agent.cfg /buildkite/buildkite-agent.cfg
COPY entrypoint.sh /usr/local/bin/buildkite-agent-entrypoint

VOLUME /buildkite
ENTRYPOINT ["/sbin/tini", "-g", "--", "/usr/local/bin/buildkite-agent-entrypoint"]
CMD ["start"]
