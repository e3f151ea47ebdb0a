# corpus: modelled-on=gl4ssesbo1/Nebula + anevigat/dockerpush Dockerfiles (session-manager-plugin .deb via curl + dpkg) + AWS CLI v2 zip installer
# corpus: expect=AL301@10,AL301@16
FROM debian:bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip ca-certificates groff less openssh-client jq \
 && rm -rf /var/lib/apt/lists/*

# AWS CLI v2
RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o /tmp/awscliv2.zip \
 && unzip -q /tmp/awscliv2.zip -d /tmp \
 && /tmp/aws/install \
 && rm -rf /tmp/aws /tmp/awscliv2.zip

# Session Manager plugin for `aws ssm start-session` (bastion-less SSH / port forwarding)
RUN curl -fsSL "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/ubuntu_arm64/session-manager-plugin.deb" \
      -o /tmp/session-manager-plugin.deb \
 && dpkg -i /tmp/session-manager-plugin.deb \
 && rm /tmp/session-manager-plugin.deb

COPY ssh_config /root/.ssh/config
COPY bastion.sh /usr/local/bin/bastion
ENTRYPOINT ["/usr/local/bin/bastion"]
