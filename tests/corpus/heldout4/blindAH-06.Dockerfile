# corpus: modelled-on=company Python ETL/reporting service with Oracle Instant Client and pre-downloaded wheels
# corpus: expect=AL205@8,AL301@19,AL403@25
FROM python:3.11-slim AS wheels
WORKDIR /wheels
COPY requirements.txt .
# pre-fetch binary wheels so the build doesn't need a compiler
RUN pip download --only-binary=:all: \
        --platform manylinux2014_x86_64 --python-version 3.11 \
        -r requirements.txt -d /wheels

FROM python:3.11-slim
ARG ORACLE_IC_VERSION=21.12.0.0.0dbru
RUN apt-get update && apt-get install -y --no-install-recommends \
        libaio1 unzip curl ca-certificates locales \
    && echo "de_DE.UTF-8 UTF-8" >> /etc/locale.gen && locale-gen \
    && rm -rf /var/lib/apt/lists/*

RUN mkdir -p /opt/oracle && cd /opt/oracle \
    && curl -fsSLO https://download.oracle.com/otn_software/linux/instantclient/2112000/instantclient-basiclite-linux.x64-${ORACLE_IC_VERSION}.zip \
    && unzip -q instantclient-basiclite-linux.x64-*.zip && rm -f *.zip \
    && echo /opt/oracle/instantclient_21_12 > /etc/ld.so.conf.d/oracle-instantclient.conf \
    && ldconfig

ENV LANG=de_DE.UTF-8 \
    LD_LIBRARY_PATH=/opt/oracle/instantclient_21_12:/usr/lib/x86_64-linux-gnu

COPY --from=wheels /wheels /wheels
RUN pip install --no-index --find-links=/wheels /wheels/*.whl && rm -rf /wheels

WORKDIR /srv/etl
COPY etl/ ./etl/
USER nobody
CMD ["python", "-m", "etl.main"]
