# escape=`
# corpus: modelled-on=terraform runner image written with a backtick escape directive (habit carried over from Windows Dockerfiles)
# corpus: expect=AL301@13,AL403@19
FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

RUN apt-get update `
 && apt-get install -y --no-install-recommends ca-certificates curl git unzip libssl3 `
 && rm -rf /var/lib/apt/lists/*

ARG TERRAFORM_VERSION=1.9.8
RUN curl -fsSLo /tmp/terraform.zip `
      https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip `
 && unzip -o /tmp/terraform.zip -d /usr/local/bin `
 && rm /tmp/terraform.zip `
 && terraform version

# provider plugins link against the system OpenSSL
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu

WORKDIR /infra
COPY . .
ENTRYPOINT ["terraform"]
