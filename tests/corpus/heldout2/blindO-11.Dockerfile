# corpus: modelled-on=Oracle Linux 9 + instantclient yum repo written with $basearch, SQL*Plus tooling image
# corpus: expect=
FROM oraclelinux:9-slim

# NOTE: don't hardcode x86_64 here -- this image is also built for aarch64 (Ampere A1 nodes).
RUN echo -e "[ol9_oracle_instantclient23]\n\
name=Oracle Instant Client 23 for Oracle Linux 9 (\$basearch)\n\
baseurl=https://yum.oracle.com/repo/OracleLinux/OL9/oracle/instantclient23/\$basearch/\n\
gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-oracle\n\
gpgcheck=1\n\
enabled=1" > /etc/yum.repos.d/oracle-instantclient23.repo

RUN microdnf -y install oracle-instantclient-basic oracle-instantclient-sqlplus \
        oracle-instantclient-tools libaio \
    && microdnf clean all

ENV ORACLE_HOME=/usr/lib/oracle/23/client64 \
    PATH=/usr/lib/oracle/23/client64/bin:$PATH \
    NLS_LANG=AMERICAN_AMERICA.AL32UTF8

RUN groupadd -g 54321 oinstall && useradd -u 54321 -g oinstall -m dba
COPY --chown=dba:oinstall scripts/ /home/dba/scripts/
COPY --chown=dba:oinstall tnsnames.ora /usr/lib/oracle/23/client64/lib/network/admin/
USER dba
WORKDIR /home/dba/scripts
ENTRYPOINT ["sqlplus", "-L", "-S"]
