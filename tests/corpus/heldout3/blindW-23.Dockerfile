# corpus: modelled-on=devcontainer toolbox: fetch stage on BUILDPLATFORM, hashicorp apt repo, arch-guarded i386 libs
# corpus: expect=
FROM --platform=$BUILDPLATFORM debian:bookworm-slim AS fetch
ARG TARGETOS
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.30.2
ARG TFLINT_VERSION=v0.52.0
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl unzip \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /out
RUN curl -fsSLo kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/${TARGETOS}/${TARGETARCH}/kubectl" \
    && curl -fsSLo tflint.zip "https://github.com/terraform-linters/tflint/releases/download/${TFLINT_VERSION}/tflint_${TARGETOS}_${TARGETARCH}.zip" \
    && unzip tflint.zip && rm tflint.zip && chmod 0755 kubectl tflint

FROM mcr.microsoft.com/devcontainers/base:bookworm
ARG TARGETARCH
COPY --from=fetch /out/ /usr/local/bin/
# the vendor's legacy 32-bit license tool only exists for x86
RUN wget -qO- https://apt.releases.hashicorp.com/gpg | gpg --dearmor -o /usr/share/keyrings/hashicorp.gpg \
    && echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/hashicorp.gpg] https://apt.releases.hashicorp.com bookworm main" > /etc/apt/sources.list.d/hashicorp.list \
    && if [ "$TARGETARCH" = "amd64" ]; then \
         dpkg --add-architecture i386 && extra_pkgs="libc6:i386 lib32stdc++6"; \
       fi \
    && apt-get update \
    && apt-get install -y --no-install-recommends terraform ${extra_pkgs:-} \
    && rm -rf /var/lib/apt/lists/*
USER vscode
