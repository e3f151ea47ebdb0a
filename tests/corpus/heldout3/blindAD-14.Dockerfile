# corpus: modelled-on=asdf 0.16 Go-binary install (asdf-vX-linux-<arch>.tar.gz, seen in a public setup script) + .tool-versions devcontainer; CI-built CLI copied from context
# corpus: expect=AL301@14,AL303@19
FROM debian:bookworm-slim

ARG ASDF_VERSION=0.16.7
ENV ASDF_DATA_DIR=/opt/asdf \
    PATH=/opt/asdf/shims:/usr/local/bin:$PATH

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl git unzip build-essential libssl-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL \
        "https://github.com/asdf-vm/asdf/releases/download/v${ASDF_VERSION}/asdf-v${ASDF_VERSION}-linux-amd64.tar.gz" \
        | tar -xz -C /usr/local/bin asdf \
    && asdf --version

# in-house CLI, built by CI and dropped into the build context
COPY dist/linux-amd64/platformctl /usr/local/bin/platformctl

WORKDIR /workspace
COPY .tool-versions .
RUN cut -d' ' -f1 .tool-versions | xargs -n1 asdf plugin add \
    && asdf install \
    && asdf reshim

COPY . .
ENTRYPOINT ["platformctl"]
