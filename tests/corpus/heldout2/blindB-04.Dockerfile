# corpus: modelled-on=rodballon458/aws_cli + Chekote/docker-google-cloud-sdk + cli/cli apt install docs (cloud deploy toolbox)
# corpus: expect=AL301@14,AL301@20,AL205@33
FROM python:3.12-slim-bookworm

ENV GCLOUD_VERSION=499.0.0 \
    GCLOUD_ARCH=x86_64 \
    PATH=/opt/google-cloud-sdk/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip gnupg git less groff \
 && rm -rf /var/lib/apt/lists/*

# AWS CLI v2 (bundled installer)
RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o /tmp/awscliv2.zip \
 && unzip -q /tmp/awscliv2.zip -d /tmp \
 && /tmp/aws/install \
 && rm -rf /tmp/aws /tmp/awscliv2.zip

# Google Cloud SDK
RUN curl -fsSL "https://dl.google.com/dl/cloudsdk/channels/rapid/downloads/google-cloud-sdk-${GCLOUD_VERSION}-linux-${GCLOUD_ARCH}.tar.gz" \
    | tar -xz -C /opt \
 && gcloud components install --quiet gke-gcloud-auth-plugin

# GitHub CLI from its apt repo
RUN curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg -o /usr/share/keyrings/githubcli-archive-keyring.gpg \
 && echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/githubcli-archive-keyring.gpg] https://cli.github.com/packages stable main" \
      > /etc/apt/sources.list.d/github-cli.list \
 && apt-get update && apt-get install -y --no-install-recommends gh \
 && rm -rf /var/lib/apt/lists/*

# prefetch wheels so the deploy scripts can be reinstalled offline
COPY requirements.txt /tmp/requirements.txt
RUN pip download --only-binary=:all: --platform manylinux2014_x86_64 --python-version 3.12 \
      -r /tmp/requirements.txt -d /wheels \
 && pip install --no-index --find-links /wheels -r /tmp/requirements.txt

WORKDIR /deploy
CMD ["bash"]
