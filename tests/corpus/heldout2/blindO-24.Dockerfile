# corpus: modelled-on=nfurmanczak/oracle18xe_dockerfile (vendor rpms copied from the build context) on Oracle Linux 8 with a versioned JAVA_HOME
# corpus: expect=AL303@9,AL403@14
FROM oraclelinux:8

RUN dnf -y install java-1.8.0-openjdk-devel libaio bc unzip \
    && dnf clean all

# Vendor agent rpms are checked into the repo under rpms/<arch>/
COPY rpms/x86_64/ /tmp/rpms/
RUN dnf -y localinstall /tmp/rpms/*.rpm \
    && rm -rf /tmp/rpms \
    && dnf clean all

ENV JAVA_HOME=/usr/lib/jvm/java-1.8.0-openjdk-1.8.0.432.b06-2.0.1.el8.x86_64 \
    ORACLE_HOME=/u01/app/oracle/product/client \
    LD_LIBRARY_PATH=/usr/lib64:/u01/app/oracle/product/client/lib

RUN mkdir -p /u01/app && groupadd -g 54321 oinstall \
    && useradd -u 54321 -g oinstall -d /u01/app oracle \
    && chown -R oracle:oinstall /u01
COPY --chown=oracle:oinstall conf/ /u01/app/conf/
USER oracle
WORKDIR /u01/app
CMD ["/opt/agent/bin/agentctl", "run"]
