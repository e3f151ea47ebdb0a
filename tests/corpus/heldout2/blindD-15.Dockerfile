# corpus: modelled-on=pallabrath/myexpjava function-adb/gofn_runtime.Dockerfile (oracle-instantclient .el8.x86_64.rpm downloaded then installed)
# corpus: expect=AL301@13,AL302@14
FROM oraclelinux:9-slim

ARG IC_RELEASE=23.6.0.24.10-1

RUN microdnf install -y curl libaio python3.12 python3.12-pip \
 && microdnf clean all

WORKDIR /function

RUN cd /tmp \
 && curl -fsSLO https://download.oracle.com/otn_software/linux/instantclient/2360000/oracle-instantclient-basiclite-${IC_RELEASE}.el9.x86_64.rpm \
 && rpm -ivh oracle-instantclient-basiclite-${IC_RELEASE}.el9.x86_64.rpm \
 && rm -f /tmp/*.rpm \
 && echo /usr/lib/oracle/23/client64/lib > /etc/ld.so.conf.d/oracle-instantclient.conf \
 && ldconfig

COPY requirements.txt func.py func.yaml ./
RUN python3.12 -m pip install --no-cache-dir -r requirements.txt
ENTRYPOINT ["/usr/bin/python3.12", "-m", "fdk", "/function/func.py", "handler"]
