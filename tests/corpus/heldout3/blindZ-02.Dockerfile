# corpus: modelled-on=Airflow image installing Oracle Instant Client per architecture (x64 / arm64 zips), dpkg --print-architecture case
# corpus: expect=
FROM apache/airflow:2.10.2-python3.12

USER root
# Instant Client 23 is published as both linux.x64 and linux.arm64 zips
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends libaio1 unzip; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
      amd64) ic_url="https://download.oracle.com/otn_software/linux/instantclient/2350000/instantclient-basiclite-linux.x64-23.5.0.24.07.zip" ;; \
      arm64) ic_url="https://download.oracle.com/otn_software/linux/instantclient/2350000/instantclient-basiclite-linux.arm64-23.5.0.24.07.zip" ;; \
      *) echo "no Instant Client build for $arch" >&2; exit 1 ;; \
    esac; \
    mkdir -p /opt/oracle; \
    curl -fsSL -o /tmp/ic.zip "$ic_url"; \
    unzip -q /tmp/ic.zip -d /opt/oracle; \
    ln -s /opt/oracle/instantclient_23_5 /opt/oracle/instantclient; \
    echo /opt/oracle/instantclient > /etc/ld.so.conf.d/oracle.conf; \
    ldconfig; \
    rm -f /tmp/ic.zip; \
    apt-get purge -y unzip; \
    rm -rf /var/lib/apt/lists/*

ENV LD_LIBRARY_PATH=/opt/oracle/instantclient
USER airflow
RUN pip install --no-cache-dir "apache-airflow==2.10.2" apache-airflow-providers-oracle oracledb
COPY --chown=airflow:root plugins/ /opt/airflow/plugins/
