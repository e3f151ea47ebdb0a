# corpus: modelled-on=UBI-based ops image installing the AWS SSM plugin RPM via an arch case, rpm -i run later
# corpus: expect=
FROM registry.access.redhat.com/ubi9/ubi:9.3

RUN dnf install -y --nodocs procps-ng tar gzip unzip \
 && dnf clean all

# Note: the amd64 build of the plugin lives under linux_64bit/, arm64 under linux_arm64/
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  plat=linux_64bit ;; \
      aarch64) plat=linux_arm64 ;; \
      *) echo "no SSM plugin for $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/x.rpm https://s3.amazonaws.com/session-manager-downloads/plugin/latest/${plat}/session-manager-plugin.rpm

RUN rpm -i /tmp/x.rpm && rm -f /tmp/x.rpm

RUN set -eux; \
    curl -fsSL -o /tmp/awscli.zip "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip"; \
    unzip -q /tmp/awscli.zip -d /tmp; \
    /tmp/aws/install -i /usr/local/aws-cli -b /usr/local/bin; \
    rm -rf /tmp/aws /tmp/awscli.zip

USER 1001
CMD ["aws", "ssm", "start-session", "--help"]
