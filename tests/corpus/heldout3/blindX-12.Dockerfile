# corpus: modelled-on=gannett paas-centos7 newrelic-infra Dockerfile (yum repo file from download.newrelic.com), with the arch segment taken from uname -m
# corpus: expect=
FROM rockylinux:9

ARG NRIA_DISPLAY_NAME=edge-collector
ENV NRIA_LICENSE_KEY="" \
    NRIA_DISPLAY_NAME=${NRIA_DISPLAY_NAME} \
    NRIA_IS_CONTAINERIZED=true \
    NRIA_LOG_LEVEL=info

# download.newrelic.com publishes the repo under .../el/9/x86_64/ and .../el/9/aarch64/,
# which is exactly what uname -m prints on the two platforms we ship
RUN dnf -y install ca-certificates procps-ng \
 && curl -fsSL -o /etc/yum.repos.d/newrelic-infra.repo \
      "https://download.newrelic.com/infrastructure_agent/linux/yum/el/9/$(uname -m)/newrelic-infra.repo" \
 && dnf -q makecache -y --disablerepo='*' --enablerepo='newrelic-infra' \
 && dnf install -y newrelic-infra nri-nginx nri-redis \
 && dnf clean all \
 && rm -rf /var/cache/dnf

COPY newrelic-infra.yml /etc/newrelic-infra.yml
COPY integrations.d/ /etc/newrelic-infra/integrations.d/

HEALTHCHECK --interval=60s CMD pgrep -x newrelic-infra >/dev/null || exit 1
CMD ["/usr/bin/newrelic-infra", "-config", "/etc/newrelic-infra.yml"]
