# corpus: modelled-on=jenkins inbound-agent derived images with a separate helm/kustomize fetch stage
# corpus: expect=AL208@14
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG TARGETARCH
ARG HELM_VERSION=v3.15.2
ARG KUSTOMIZE_VERSION=v5.4.2
RUN apk add --no-cache curl tar
WORKDIR /out
RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz" \
      | tar -xz --strip-components=1 "linux-${TARGETARCH}/helm" \
    && curl -fsSL "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2F${KUSTOMIZE_VERSION}/kustomize_${KUSTOMIZE_VERSION}_linux_${TARGETARCH}.tar.gz" \
      | tar -xz kustomize

FROM --platform=$BUILDPLATFORM jenkins/inbound-agent:latest-jdk17
USER root
RUN apt-get update && apt-get install -y --no-install-recommends git-lfs make python3 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=fetch /out/helm /out/kustomize /usr/local/bin/
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60"
USER jenkins
ENTRYPOINT ["/usr/local/bin/jenkins-agent"]
