# corpus: modelled-on=JulienBreux/github-arm-runner Dockerfile (RUNNER_ARCH variable) + static docker CLI tarball seen in self-hosted runner images
# corpus: expect=AL301@18,AL301@24
FROM ubuntu:22.04

ARG RUNNER_VERSION=2.320.0
ARG RUNNER_ARCH=x64
ARG DOCKER_VERSION=27.3.1

RUN apt-get update && apt-get install -y --no-install-recommends \
        curl ca-certificates git jq unzip libicu70 libssl3 \
    && rm -rf /var/lib/apt/lists/*

RUN useradd -m runner
WORKDIR /home/runner

# runner
RUN curl -fsSL -o /tmp/runner.tgz \
        https://github.com/actions/runner/releases/download/v${RUNNER_VERSION}/actions-runner-linux-${RUNNER_ARCH}-${RUNNER_VERSION}.tar.gz \
    && tar -xzf /tmp/runner.tgz -C /home/runner \
    && rm /tmp/runner.tgz \
    && /home/runner/bin/installdependencies.sh

# docker CLI only (jobs talk to the host daemon through the mounted socket)
RUN curl -fsSL https://download.docker.com/linux/static/stable/x86_64/docker-${DOCKER_VERSION}.tgz \
      | tar -xz --strip-components=1 -C /usr/local/bin docker/docker

COPY start.sh /home/runner/start.sh
RUN chmod +x /home/runner/start.sh && chown -R runner /home/runner
USER runner
ENTRYPOINT ["/home/runner/start.sh"]
