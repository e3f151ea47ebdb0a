# corpus: modelled-on=prometheus/blackbox_exporter Dockerfile (busybox-${OS}-${ARCH} base with ARG ARCH="amd64") plus a hardcoded .build path
# corpus: expect=AL209@5,AL303@9
ARG ARCH="amd64"
ARG OS="linux"
FROM quay.io/prometheus/busybox-${OS}-${ARCH}:latest
LABEL maintainer="platform-observability@example.com"

# binary comes out of `make build` (promu) on the CI runner
COPY .build/linux-amd64/blackbox_exporter /bin/blackbox_exporter
COPY blackbox.yml /etc/blackbox_exporter/config.yml
COPY modules/ /etc/blackbox_exporter/modules/

EXPOSE 9115
USER nobody
ENTRYPOINT ["/bin/blackbox_exporter"]
CMD ["--config.file=/etc/blackbox_exporter/config.yml", "--log.level=info"]
