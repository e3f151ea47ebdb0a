# corpus: modelled-on=evryfs/github-actions-runner Dockerfile + julman99/github-actions-runner Dockerfile (runner tarball; arch mapped from TARGETARCH)
# corpus: expect=
FROM ubuntu:24.04

ARG RUNNER_VERSION=2.321.0
ARG TARGETARCH
ENV DEBIAN_FRONTEND=noninteractive \
    RUNNER_HOME=/home/runner/actions-runner

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates git jq sudo libicu74 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -m -s /bin/bash runner \
 && echo "runner ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/runner

WORKDIR /home/runner/actions-runner

# GitHub names the runner builds "x64" and "arm64" (not amd64).
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) RUNNER_ARCH=x64 ;; \
      arm64) RUNNER_ARCH=arm64 ;; \
      *) echo "unsupported arch ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o runner.tar.gz \
      "https://github.com/actions/runner/releases/download/v${RUNNER_VERSION}/actions-runner-linux-${RUNNER_ARCH}-${RUNNER_VERSION}.tar.gz"; \
    tar xzf runner.tar.gz && rm runner.tar.gz; \
    ./bin/installdependencies.sh; \
    chown -R runner:runner /home/runner

COPY --chown=runner:runner entrypoint.sh /usr/local/bin/entrypoint.sh
USER runner
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
