# corpus: modelled-on=AWS CLI v2 installer-stage Dockerfile on amazonlinux (installer + --bin-dir copy), arch taken from uname -m
# corpus: expect=
FROM amazonlinux:2023 AS installer
RUN dnf install -y unzip && dnf clean all
# Installer archives are awscli-exe-linux-x86_64.zip / awscli-exe-linux-aarch64.zip,
# which is exactly what `uname -m` prints inside the (possibly emulated) build container.
RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip" -o /tmp/awscliv2.zip \
 && unzip -q /tmp/awscliv2.zip -d /tmp \
 && /tmp/aws/install --bin-dir /aws-cli-bin --install-dir /usr/local/aws-cli

FROM amazonlinux:2023
RUN dnf install -y less groff jq && dnf clean all
COPY --from=installer /usr/local/aws-cli/ /usr/local/aws-cli/
COPY --from=installer /aws-cli-bin/ /usr/local/bin/

# Session Manager plugin: linux_64bit is the x86_64 build, linux_arm64 the Graviton one
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  ssm_dir=linux_64bit ;; \
      aarch64) ssm_dir=linux_arm64 ;; \
      *) echo "no session-manager-plugin for $(uname -m)" >&2; exit 1 ;; \
    esac; \
    dnf install -y "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/${ssm_dir}/session-manager-plugin.rpm"; \
    dnf clean all

RUN aws --version
ENTRYPOINT ["aws"]
