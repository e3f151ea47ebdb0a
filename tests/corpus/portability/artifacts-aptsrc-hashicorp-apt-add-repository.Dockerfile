# corpus: modelled-on=HashiCorp Terraform install instructions before 2022 (apt-add-repository "deb [arch=amd64] https://apt.releases.hashicorp.com ...")
# corpus: expect=AL305@9
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl gnupg software-properties-common \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://apt.releases.hashicorp.com/gpg | apt-key add - \
 && apt-add-repository "deb [arch=amd64] https://apt.releases.hashicorp.com $(lsb_release -cs) main" \
 && apt-get update \
 && apt-get install -y terraform packer
WORKDIR /workspace
