# corpus: modelled-on=CI images unpacking helm from get.helm.sh
# corpus: expect=AL301@6
FROM debian:bookworm-slim
ENV HELM_VERSION=v3.15.2
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
 && curl -fsSL https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz | tar -xz -C /tmp \
 && mv /tmp/linux-amd64/helm /usr/local/bin/helm
