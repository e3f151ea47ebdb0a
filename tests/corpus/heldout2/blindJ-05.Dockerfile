# corpus: modelled-on=deploy-tools image grabbing binaries from other images (bitnami/kubectl "scab" pattern, saagie/helm Dockerfile) plus a raw jq download
# corpus: expect=AL209@12,AL301@21
# syntax=docker/dockerfile:1.6
FROM bitnami/kubectl:1.31 AS kubectl

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git bash \
 && rm -rf /var/lib/apt/lists/*

COPY --from=kubectl /opt/bitnami/kubectl/bin/kubectl /usr/local/bin/kubectl
RUN --mount=type=bind,from=alpine/helm:3.16.3-amd64,source=/usr/bin/helm,target=/tmp/helm \
    install -m 0755 /tmp/helm /usr/local/bin/helm \
 && helm version --short

ARG JQ_VERSION=1.7.1
ARG YQ_VERSION=v4.44.3
COPY --from=mikefarah/yq:4.44.3 /usr/bin/yq /usr/local/bin/yq

RUN curl -fsSL -o /usr/local/bin/jq \
      https://github.com/jqlang/jq/releases/download/jq-${JQ_VERSION}/jq-linux-amd64 \
 && chmod +x /usr/local/bin/jq

RUN useradd -m -u 1001 deployer
USER 1001
WORKDIR /home/deployer
COPY --chown=1001:1001 scripts/ ./scripts/
ENTRYPOINT ["/bin/bash", "./scripts/deploy.sh"]
