# corpus: modelled-on=UBI 9 minimal ops image with a global ARG TARGETARCH only declared before FROM
# corpus: expect=AL203@16
ARG TARGETARCH
ARG UBI_TAG=9.4

FROM registry.access.redhat.com/ubi9/ubi-minimal:${UBI_TAG}

ARG JQ_VERSION=1.7.1
ARG OC_VERSION=4.16.10

RUN microdnf -y install tar gzip bash-completion findutils \
    && microdnf clean all

# jq and oc publish amd64/arm64 builds
RUN curl -fsSLo /usr/local/bin/jq \
      "https://github.com/jqlang/jq/releases/download/jq-${JQ_VERSION}/jq-linux-${TARGETARCH}" \
    && chmod 0755 /usr/local/bin/jq

COPY --chmod=0755 scripts/*.sh /usr/local/bin/
RUN curl -fsSL "https://mirror.openshift.com/pub/openshift-v4/clients/ocp/${OC_VERSION}/openshift-client-linux.tar.gz" \
      | tar -xz -C /usr/local/bin oc kubectl

USER 1001
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
