# corpus: modelled-on=UBI9 image writing an EPEL-style .repo with a quoted heredoc ($basearch), cf. CZ.NIC/ubi epel.repo helper script
# corpus: expect=
FROM registry.access.redhat.com/ubi9/ubi:9.4

LABEL maintainer="platform-team@example.org" \
      io.k8s.description="Log shipper built on UBI 9"

# UBI has no epel-release in its repos, so drop a repo file in place.
# The quoted heredoc keeps $releasever/$basearch literal for dnf to expand
# (x86_64 on amd64 hosts, aarch64 on arm64 hosts).
RUN cat > /etc/yum.repos.d/epel.repo <<'EOF'
[epel]
name=Extra Packages for Enterprise Linux $releasever - $basearch
baseurl=https://dl.fedoraproject.org/pub/epel/$releasever/Everything/$basearch/
enabled=1
gpgcheck=1
gpgkey=https://dl.fedoraproject.org/pub/epel/RPM-GPG-KEY-EPEL-9
EOF

RUN dnf -y install --setopt=install_weak_deps=False \
        fluent-bit jq logrotate \
    && dnf clean all \
    && rm -rf /var/cache/dnf

COPY fluent-bit.conf /etc/fluent-bit/fluent-bit.conf
COPY parsers.conf /etc/fluent-bit/parsers.conf

USER 1001
HEALTHCHECK --interval=30s CMD curl -fs http://127.0.0.1:2020/api/v1/health || exit 1
ENTRYPOINT ["/usr/bin/fluent-bit", "-c", "/etc/fluent-bit/fluent-bit.conf"]
