# corpus: modelled-on=IBM Db2 CLI driver image (tglunde/data-pipeline Dockerfile.db2 i386 libs, barretstorck/phpcontainers db2 linuxx64_odbc_cli.tar.gz)
# corpus: expect=AL304@8,AL301@12
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive \
    IBM_DB_HOME=/opt/ibm/clidriver
# the db2 runtime client installer still wants a couple of 32-bit libs
RUN dpkg --add-architecture i386 && apt-get update && apt-get install -y --no-install-recommends libstdc++6:i386 libpam0g:i386 \
 && apt-get install -y --no-install-recommends libxml2 libaio1 libnuma1 ksh python3 python3-pip gcc python3-dev \
 && rm -rf /var/lib/apt/lists/*

ADD https://public.dhe.ibm.com/ibmdl/export/pub/software/data/db2/drivers/odbc_cli/v11.5.9/linuxx64_odbc_cli.tar.gz /tmp/clidriver.tar.gz
RUN mkdir -p /opt/ibm \
 && tar -xzf /tmp/clidriver.tar.gz -C /opt/ibm \
 && rm /tmp/clidriver.tar.gz
ENV LD_LIBRARY_PATH=/opt/ibm/clidriver/lib \
    PATH=/opt/ibm/clidriver/bin:$PATH

# ibm_db builds against the preinstalled clidriver instead of downloading its own
RUN IBM_DB_HOME=/opt/ibm/clidriver pip3 install --no-cache-dir ibm_db==3.2.3 ibm_db_sa sqlalchemy
COPY db2dsdriver.cfg /opt/ibm/clidriver/cfg/
COPY extract/ /opt/extract/
WORKDIR /opt/extract
CMD ["python3", "main.py"]
