# corpus: modelled-on=AlmaLinux 9 legacy build box (32-bit compat libs + vendor rpm by URL)
# corpus: expect=AL304@9,AL301@13,AL302@13
FROM almalinux:9

RUN dnf -y install 'dnf-command(config-manager)' \
    && dnf config-manager --set-enabled crb \
    && dnf -y install epel-release \
    && dnf -y install gcc gcc-c++ make cmake git \
         glibc-devel.i686 libstdc++-devel.i686 \
    && dnf clean all

# gh CLI for release automation
RUN rpm -ivh https://github.com/cli/cli/releases/download/v2.61.0/gh_2.61.0_linux_amd64.rpm

ENV LANG=C.UTF-8
WORKDIR /workspace
COPY ci/ /workspace/ci/
RUN chmod +x /workspace/ci/*.sh \
    && useradd -m -u 1000 builder
USER builder
CMD ["/workspace/ci/build.sh"]
