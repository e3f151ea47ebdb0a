# corpus: modelled-on=carlosonunez/terraform-docker style image (ARCH in the HashiCorp URL) + a tflint install snippet with an arch case
# corpus: expect=AL203@14,AL301@21
FROM debian:bookworm-slim

ARG TERRAFORM_VERSION=1.9.8
ARG TFLINT_VERSION=v0.54.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git unzip openssh-client \
 && rm -rf /var/lib/apt/lists/*

# terraform: HashiCorp publishes terraform_<ver>_linux_<arch>.zip
RUN curl -fsSLo /tmp/terraform.zip \
      "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_${TARGETARCH}.zip" \
 && unzip -o /tmp/terraform.zip -d /usr/local/bin \
 && rm /tmp/terraform.zip \
 && terraform -version

RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
      amd64) tflint_arch=amd64 ;; \
      *) echo "tflint: unsupported architecture $arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /tmp/tflint.zip "https://github.com/terraform-linters/tflint/releases/download/${TFLINT_VERSION}/tflint_linux_${tflint_arch}.zip"; \
    unzip -o /tmp/tflint.zip -d /usr/local/bin; \
    rm /tmp/tflint.zip

WORKDIR /workspace
ENTRYPOINT ["terraform"]
