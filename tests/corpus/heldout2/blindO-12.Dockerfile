# corpus: modelled-on=Amazon Linux 2023 ops toolbox (AWS CLI v2 zip + Mountpoint for Amazon S3 rpm from S3)
# corpus: expect=AL301@9,AL301@16
FROM public.ecr.aws/amazonlinux/amazonlinux:2023

RUN dnf -y install unzip tar gzip less groff-base fuse fuse-libs shadow-utils \
    && dnf clean all

# AWS CLI v2
RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o /tmp/awscliv2.zip \
    && unzip -q /tmp/awscliv2.zip -d /tmp \
    && /tmp/aws/install --bin-dir /usr/local/bin --install-dir /usr/local/aws-cli \
    && rm -rf /tmp/aws /tmp/awscliv2.zip

# Mountpoint for S3
RUN curl -fsSL -o /tmp/mount-s3.rpm \
        https://s3.amazonaws.com/mountpoint-s3-release/latest/x86_64/mount-s3.rpm \
    && dnf -y install /tmp/mount-s3.rpm \
    && rm -f /tmp/mount-s3.rpm \
    && mount-s3 --version

RUN useradd -m -u 1000 ops
COPY --chown=ops:ops bin/ /home/ops/bin/
USER ops
WORKDIR /home/ops
ENV PATH=/home/ops/bin:$PATH
CMD ["bash"]
