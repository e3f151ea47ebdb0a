# corpus: modelled-on=jorge07/ubuntu-container Dockerfile (ADD tini) + docker static download script found via search
# corpus: expect=AL301@6,AL301@11
FROM ubuntu:24.04

ENV TINI_VERSION=v0.19.0
ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-amd64 /usr/local/bin/tini
RUN chmod +x /usr/local/bin/tini

ENV DOCKER_VERSION=26.1.4
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates git openssh-client \
    && curl -fsSL "https://download.docker.com/linux/static/stable/x86_64/docker-${DOCKER_VERSION}.tgz" \
       | tar -xz -C /usr/local/bin --strip-components=1 docker/docker \
    && rm -rf /var/lib/apt/lists/*

COPY ci-agent.sh /usr/local/bin/ci-agent
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["/usr/local/bin/ci-agent"]
