# corpus: modelled-on=wkulhanek/openshift-prometheus node-exporter/Dockerfile (linux-amd64 tarball) + sqlcmd copied out of an amd64-pinned mssql-tools stage
# corpus: expect=AL201@3,AL202@5,AL301@17
FROM --platform=linux/amd64 mcr.microsoft.com/mssql-tools:latest AS sqltools

FROM --platform=$TARGETPLATFORM rockylinux:9-minimal

ENV NODE_EXPORTER_VERSION=1.8.2 \
    PATH=/opt/mssql-tools/bin:$PATH

RUN microdnf install -y tar gzip shadow-utils unixODBC \
 && microdnf clean all

COPY --from=sqltools /opt/mssql-tools /opt/mssql-tools
COPY --from=sqltools /opt/microsoft /opt/microsoft

RUN curl -fsSL -o /tmp/ne.tar.gz \
      https://github.com/prometheus/node_exporter/releases/download/v${NODE_EXPORTER_VERSION}/node_exporter-${NODE_EXPORTER_VERSION}.linux-amd64.tar.gz \
 && tar -xzf /tmp/ne.tar.gz -C /tmp \
 && mv /tmp/node_exporter-${NODE_EXPORTER_VERSION}.linux-amd64/node_exporter /usr/local/bin/ \
 && rm -rf /tmp/ne.tar.gz /tmp/node_exporter-* \
 && mkdir -p /textfile_collector

COPY collect-mssql.sh /usr/local/bin/collect-mssql.sh
EXPOSE 9100
USER nobody
ENTRYPOINT ["/usr/local/bin/node_exporter", "--collector.textfile.directory=/textfile_collector"]
