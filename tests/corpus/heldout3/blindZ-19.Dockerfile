# corpus: modelled-on=SnowSQL + Snowflake ODBC image (daBayrus/docker-snowsql, sqitchers/docker-sqitch snowflake) moved to Rocky Linux with the x86_64 rpm
# corpus: expect=AL301@15,AL302@16,AL301@19
FROM rockylinux:9-minimal

ARG SNOWSQL_VERSION=1.3.2
ARG ODBC_VERSION=3.4.1
ENV SNOWSQL_DEST=/usr/local/bin \
    SNOWSQL_LOGIN_SHELL=/root/.bashrc \
    LC_ALL=C.UTF-8 LANG=C.UTF-8

RUN microdnf install -y unixODBC python3.11 python3.11-pip tar gzip findutils \
 && microdnf clean all

WORKDIR /tmp/snowflake
RUN curl -fsSLO https://sfc-repo.snowflakecomputing.com/odbc/linux/${ODBC_VERSION}/snowflake-odbc-${ODBC_VERSION}.x86_64.rpm \
 && rpm -ivh --nodeps snowflake-odbc-${ODBC_VERSION}.x86_64.rpm \
 && rm -f snowflake-odbc-*.rpm
RUN curl -fsSL -o /tmp/snowsql.bash \
      https://sfc-repo.snowflakecomputing.com/snowsql/bootstrap/1.3/linux_x86_64/snowsql-${SNOWSQL_VERSION}-linux_x86_64.bash \
 && bash /tmp/snowsql.bash \
 && rm /tmp/snowsql.bash

COPY odbc.ini /etc/odbc.ini
RUN python3.11 -m pip install --no-cache-dir snowflake-connector-python==3.12.2
WORKDIR /work
ENTRYPOINT ["snowsql"]
CMD ["-v"]
