# corpus: modelled-on=DB admin image on Fedora installing a vendor RPM (mysql-shell style) downloaded to /tmp/x.rpm
# corpus: expect=AL209@3,AL301@11,AL302@12
FROM amd64/fedora:39

RUN dnf install -y --setopt=install_weak_deps=False python3 python3-pip which findutils \
 && dnf clean all

ARG MYSQLSH_VERSION=8.0.36
RUN set -eux; \
    curl -fsSL -o /tmp/x.rpm \
      https://cdn.mysql.com/archives/mysql-shell/mysql-shell-${MYSQLSH_VERSION}-1.fc39.x86_64.rpm; \
    rpm -i --nodeps /tmp/x.rpm; \
    rm -f /tmp/x.rpm; \
    mysqlsh --version

COPY scripts/ /opt/dbtools/
RUN pip3 install --no-cache-dir -r /opt/dbtools/requirements.txt

RUN useradd -m dba
USER dba
WORKDIR /home/dba
ENTRYPOINT ["mysqlsh"]
