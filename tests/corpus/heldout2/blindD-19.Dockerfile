# corpus: modelled-on=AWS session-manager-plugin rpm install (linux_64bit / linux_arm64 dirs) on UBI 9 minimal + EPEL noarch release rpm
# corpus: expect=
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5

RUN microdnf install -y --nodocs shadow-utils tar gzip unzip less jq python3 python3-pip \
 && microdnf clean all

# epel-release is a noarch package, one URL serves every architecture
RUN rpm -ivh https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm \
 && microdnf install -y --nodocs --setopt=install_weak_deps=0 openssh-clients autossh \
 && microdnf clean all

RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  SSM_DIR=linux_64bit ;; \
      aarch64) SSM_DIR=linux_arm64 ;; \
      *) echo "unsupported: $(uname -m)" >&2; exit 1 ;; \
    esac; \
    rpm -ivh "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/${SSM_DIR}/session-manager-plugin.rpm"; \
    session-manager-plugin --version

RUN python3 -m pip install --no-cache-dir awscli==1.36.9 \
 && useradd -u 1001 -m ops
USER ops
WORKDIR /home/ops
ENTRYPOINT ["aws"]
