# corpus: modelled-on=company CI tools image installing AWS CLI v2 via the vendor ./aws/install script
# corpus: expect=AL301@12
FROM debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip less groff jq \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp/awscli
# the bundled installer drops everything under /usr/local/aws-cli
RUN curl -fsSL -o awscliv2.zip https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip \
 && unzip -q awscliv2.zip \
 && ./aws/install --install-dir /usr/local/aws-cli --bin-dir /usr/local/bin \
 && cd / && rm -rf /tmp/awscli \
 && aws --version

RUN useradd --create-home --shell /bin/bash ci
USER ci
WORKDIR /home/ci
COPY --chown=ci:ci scripts/ ./scripts/
ENTRYPOINT ["/bin/bash", "-lc"]
CMD ["aws sts get-caller-identity"]
