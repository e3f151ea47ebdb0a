# corpus: modelled-on=devops toolbox image: AWS CLI v2 + Session Manager plugin, arch-mapped
# corpus: expect=
FROM ubuntu:22.04

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip \
 && rm -rf /var/lib/apt/lists/*

# awscli zips are named after `uname -m` (x86_64 / aarch64), so no mapping needed
RUN set -eux; \
    curl -fsSL -o /tmp/awscliv2.zip "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip"; \
    unzip -q /tmp/awscliv2.zip -d /tmp; \
    /tmp/aws/install; \
    rm -rf /tmp/aws /tmp/awscliv2.zip

# the SSM plugin uses its own directory names (ubuntu_64bit vs ubuntu_arm64)
RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
      amd64) url='https://s3.amazonaws.com/session-manager-downloads/plugin/latest/ubuntu_64bit/session-manager-plugin.deb' ;; \
      arm64) url='https://s3.amazonaws.com/session-manager-downloads/plugin/latest/ubuntu_arm64/session-manager-plugin.deb' ;; \
      *) echo "unsupported architecture: $dpkgArch" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/ssm.deb "$url"; \
    dpkg -i /tmp/ssm.deb; \
    rm -f /tmp/ssm.deb; \
    session-manager-plugin --version

WORKDIR /workspace
CMD ["aws", "--version"]
