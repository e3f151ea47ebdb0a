# corpus: modelled-on=pallabrath/myexpjava function-adb/gofn_runtime.Dockerfile (Oracle Instant Client rpm fetched and installed on oraclelinux:8)
# corpus: expect=AL301@11,AL301@12,AL302@13
FROM oraclelinux:8-slim

WORKDIR /function
RUN microdnf -y install curl libaio tar gzip && microdnf clean all

# Instant Client basic + sqlplus, straight from OTN
RUN set -eux; \
    IC=https://download.oracle.com/otn_software/linux/instantclient/2116000; \
    curl -fsSLO ${IC}/oracle-instantclient-basic-21.16.0.0.0-1.el8.x86_64.rpm; \
    curl -fsSLO ${IC}/oracle-instantclient-sqlplus-21.16.0.0.0-1.el8.x86_64.rpm; \
    rpm -ivh --nodeps ./oracle-instantclient-*-21.16.0.0.0-1.el8.x86_64.rpm; \
    rm -f ./*.rpm

ENV LD_LIBRARY_PATH=/usr/lib/oracle/21/client64/lib \
    PATH=$PATH:/usr/lib/oracle/21/client64/bin \
    TNS_ADMIN=/function/wallet

COPY wallet/ /function/wallet/
COPY func /function/func
RUN chmod 755 /function/func
ENTRYPOINT ["/function/func"]
