# corpus: modelled-on=Oracle Instant Client zip for Linux x86-64
# corpus: expect=AL301@5
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends libaio1 unzip wget \
 && wget -q https://download.oracle.com/otn_software/linux/instantclient/2114000/instantclient-basic-linux.x64-21.14.0.0.0dbru.zip \
 && unzip instantclient-basic-linux.x64-21.14.0.0.0dbru.zip -d /opt/oracle
ENV LD_LIBRARY_PATH=/opt/oracle/instantclient_21_14
