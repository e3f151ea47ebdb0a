# corpus: modelled-on=Oracle Instant Client zip installs in python images (instantclient-basiclite-linux.x64 / linux.arm64 picked by uname -m)
# corpus: expect=
FROM python:3.12-slim-bookworm

ENV ORACLE_HOME=/opt/oracle/instantclient \
    LD_LIBRARY_PATH=/opt/oracle/instantclient

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl unzip libaio1; \
    case "$(uname -m)" in \
      x86_64)  IC_URL="https://download.oracle.com/otn_software/linux/instantclient/2360000/instantclient-basiclite-linux.x64-23.6.0.24.10.zip" ;; \
      aarch64) IC_URL="https://download.oracle.com/otn_software/linux/instantclient/2360000/instantclient-basiclite-linux.arm64-23.6.0.24.10.zip" ;; \
      *) echo "no Instant Client build for $(uname -m)" >&2; exit 1 ;; \
    esac; \
    mkdir -p /opt/oracle; \
    curl -fsSL -o /tmp/ic.zip "$IC_URL"; \
    unzip -q /tmp/ic.zip -d /opt/oracle; \
    mv /opt/oracle/instantclient_23_* "$ORACLE_HOME"; \
    echo "$ORACLE_HOME" > /etc/ld.so.conf.d/oracle-instantclient.conf; \
    ldconfig; \
    rm -f /tmp/ic.zip; \
    apt-get purge -y unzip; rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
USER 1001
CMD ["python", "-m", "src.report_job"]
