# corpus: modelled-on=rpm -ivh of a copied package
# corpus: expect=AL302@5
FROM rockylinux:9
COPY pkgs/ /tmp/pkgs/
RUN rpm -ivh /tmp/pkgs/oracle-instantclient-basic-21.13.0.0.0-1.el8.x86_64.rpm
