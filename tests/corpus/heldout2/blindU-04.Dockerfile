# corpus: modelled-on=AWS CLI v2 install docs (awscli-exe-linux-x86_64.zip / -aarch64.zip) as adapted in multi-arch CI images
# corpus: expect=
FROM python:3.12-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip groff-base less \
 && rm -rf /var/lib/apt/lists/*

# AWS publishes one zip per CPU; pick it from the machine we are building on
# (under buildx/QEMU `uname -m` reports the target CPU).
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  AWS_ZIP=https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip ;; \
      aarch64) AWS_ZIP=https://awscli.amazonaws.com/awscli-exe-linux-aarch64.zip ;; \
      *) echo "no AWS CLI build for $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "$AWS_ZIP" -o /tmp/awscliv2.zip; \
    unzip -q /tmp/awscliv2.zip -d /tmp; \
    /tmp/aws/install --bin-dir /usr/local/bin --install-dir /usr/local/aws-cli; \
    rm -rf /tmp/aws /tmp/awscliv2.zip; \
    aws --version

COPY requirements.txt /opt/tools/requirements.txt
RUN pip install --no-cache-dir -r /opt/tools/requirements.txt
COPY bin/ /usr/local/bin/

WORKDIR /work
ENTRYPOINT ["aws"]
