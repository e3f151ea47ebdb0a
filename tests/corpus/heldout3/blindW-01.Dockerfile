# corpus: modelled-on=julman99/github-actions-runner Dockerfile + vFondevilla/cloud-shell (self-hosted GH runner with awscli)
# corpus: expect=AL301@19,AL301@26
FROM ubuntu:22.04

ARG RUNNER_VERSION=2.317.0
ARG DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates curl git jq unzip sudo libicu70 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd -m -s /bin/bash runner \
    && echo "runner ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/runner

WORKDIR /home/runner/actions-runner

# Fetch the runner release and let it pull its own .NET deps
RUN curl -fsSL -o runner.tar.gz \
        https://github.com/actions/runner/releases/download/v${RUNNER_VERSION}/actions-runner-linux-x64-${RUNNER_VERSION}.tar.gz \
    && tar xzf runner.tar.gz \
    && rm runner.tar.gz \
    && ./bin/installdependencies.sh \
    && chown -R runner:runner /home/runner

# AWS CLI v2 for deployment jobs
RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o /tmp/awscliv2.zip \
    && unzip -q /tmp/awscliv2.zip -d /tmp \
    && /tmp/aws/install \
    && rm -rf /tmp/aws /tmp/awscliv2.zip

COPY --chown=runner:runner entrypoint.sh ./entrypoint.sh
USER runner
ENTRYPOINT ["./entrypoint.sh"]
