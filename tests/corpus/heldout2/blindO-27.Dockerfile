# corpus: modelled-on=AWS docs session-manager-plugin rpm on Amazon Linux 2, selected per TARGETARCH (linux_64bit vs linux_arm64)
# corpus: expect=
FROM amazonlinux:2
ARG TARGETARCH

RUN amazon-linux-extras install -y java-openjdk11 \
    && yum -y install python3 shadow-utils tar gzip \
    && yum clean all

# Make the JDK the default 'java' without depending on the exact versioned
# directory (it ends in .x86_64 or .aarch64 depending on the host).
RUN alternatives --set java "$(alternatives --display java | awk '/^\/usr\/lib\/jvm\/.*java-11/ {print $1; exit}')"
ENV JAVA_HOME=/usr/lib/jvm/jre-11

# Session Manager plugin: AWS publishes linux_64bit (x86_64) and linux_arm64 builds
RUN case "${TARGETARCH}" in \
      amd64) smp=linux_64bit ;; \
      arm64) smp=linux_arm64 ;; \
      *) echo "unsupported ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
    && yum -y install "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/${smp}/session-manager-plugin.rpm" \
    && yum clean all

RUN useradd -m -u 1000 bastion
USER bastion
WORKDIR /home/bastion
CMD ["bash", "-l"]
