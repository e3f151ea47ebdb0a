# corpus: modelled-on=prometheus/busybox-linux-amd64 based exporters
# corpus: expect=AL209@3,AL303@4
FROM quay.io/prometheus/busybox-linux-amd64:latest
COPY .build/linux-amd64/node_exporter /bin/node_exporter
EXPOSE 9100
USER nobody
ENTRYPOINT ["/bin/node_exporter"]
