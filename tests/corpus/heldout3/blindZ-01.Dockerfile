# corpus: modelled-on=apache/airflow image + Oracle Instant Client zip (orbitaller/kmitl-myis-af-dev Dockerfile), arch passed via ARG
# corpus: expect=AL301@14
FROM apache/airflow:2.9.3-python3.11

USER root

# Oracle Instant Client for oracledb thick mode / sqlplus in BashOperator tasks
ARG IC_VERSION=21.13.0.0.0dbru
ARG IC_DIR=instantclient_21_13
ARG IC_ARCH=x64
RUN apt-get update \
 && apt-get install -y --no-install-recommends libaio1 unzip curl \
 && mkdir -p /opt/oracle && cd /opt/oracle \
 && curl -fsSLO "https://download.oracle.com/otn_software/linux/instantclient/2113000/instantclient-basic-linux.${IC_ARCH}-${IC_VERSION}.zip" \
 && unzip -q instantclient-basic-linux.*.zip \
 && rm -f instantclient-basic-linux.*.zip \
 && echo "/opt/oracle/${IC_DIR}" > /etc/ld.so.conf.d/oracle-instantclient.conf \
 && ldconfig \
 && apt-get purge -y unzip && apt-get autoremove -yqq --purge \
 && rm -rf /var/lib/apt/lists/*

ENV LD_LIBRARY_PATH=/opt/oracle/instantclient_21_13

USER airflow
COPY --chown=airflow:root requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt apache-airflow-providers-oracle
COPY --chown=airflow:root dags/ /opt/airflow/dags/
