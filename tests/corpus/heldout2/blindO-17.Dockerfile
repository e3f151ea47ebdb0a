# corpus: modelled-on=PGDG yum install docs (pgdg-redhat-repo-latest.noarch.rpm under EL-9-<arch>) for a psql/pg_dump backup image on Rocky 9
# corpus: expect=
FROM rockylinux:9-minimal

# The PGDG repo rpm itself is noarch but lives under an EL-9-x86_64 / EL-9-aarch64
# directory, so pick the directory from the running machine.
RUN microdnf -y install dnf \
    && dnf -y install \
         "https://download.postgresql.org/pub/repos/yum/reporpms/EL-9-$(uname -m)/pgdg-redhat-repo-latest.noarch.rpm" \
    && dnf -qy module disable postgresql \
    && dnf -y install postgresql16 gzip cronie \
    && dnf clean all

ENV PATH=/usr/pgsql-16/bin:$PATH \
    PGHOST=db \
    PGPORT=5432 \
    BACKUP_DIR=/backups

RUN mkdir -p /backups && chown 26:26 /backups
COPY --chmod=0755 backup.sh /usr/local/bin/backup.sh
COPY crontab /etc/cron.d/pg-backup
VOLUME ["/backups"]
USER 26
HEALTHCHECK --interval=5m CMD pg_isready -q || exit 1
CMD ["/usr/local/bin/backup.sh"]
