# corpus: modelled-on=Oracle Instant Client on Rocky Linux, arch mapped with a uname -m case (x86_64 and aarch64 zip URLs)
# corpus: expect=
FROM rockylinux:9

ENV ORACLE_BASE=/opt/oracle \
    LD_LIBRARY_PATH=/opt/oracle/instantclient

RUN dnf -y install libaio libnsl unzip python3.11 python3.11-pip \
    && dnf clean all

# Oracle ships a different release line for ARM64, so both the version and the
# file name differ per architecture.
RUN set -eux; \
    mkdir -p "$ORACLE_BASE"; cd "$ORACLE_BASE"; \
    case "$(uname -m)" in \
      x86_64)  url="https://download.oracle.com/otn_software/linux/instantclient/2350000/instantclient-basiclite-linux.x64-23.5.0.24.07.zip" ;; \
      aarch64) url="https://download.oracle.com/otn_software/linux/instantclient/2350000/instantclient-basiclite-linux.arm64-23.5.0.24.07.zip" ;; \
      *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o ic.zip "$url"; \
    unzip -q ic.zip && rm ic.zip; \
    ln -s "$ORACLE_BASE"/instantclient_23_5 "$ORACLE_BASE"/instantclient; \
    echo "$ORACLE_BASE/instantclient" > /etc/ld.so.conf.d/oracle-instantclient.conf; \
    ldconfig

WORKDIR /srv/etl
COPY requirements.txt .
RUN python3.11 -m pip install --no-cache-dir -r requirements.txt
COPY etl/ ./etl/
USER 1001
CMD ["python3.11", "-m", "etl.run"]
