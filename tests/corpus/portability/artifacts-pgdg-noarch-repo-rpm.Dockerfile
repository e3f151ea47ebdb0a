# corpus: modelled-on=PostgreSQL's yum instructions: the noarch pgdg repository RPM from the EL-9-x86_64 directory (its .repo files use $basearch)
# corpus: expect=
FROM rockylinux:9
RUN dnf install -y https://download.postgresql.org/pub/repos/yum/reporpms/EL-9-x86_64/pgdg-redhat-repo-latest.noarch.rpm \
 && dnf -qy module disable postgresql \
 && dnf install -y postgresql16-server
