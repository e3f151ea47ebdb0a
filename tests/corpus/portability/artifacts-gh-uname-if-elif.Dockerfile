# corpus: modelled-on=GitHub CLI installed per uname -m in an if/elif
# corpus: expect=
FROM ubuntu:22.04
ARG TARGETARCH
RUN apt-get update && apt-get install -y curl ca-certificates
RUN ARCH=$(uname -m) && \
    if [ "$ARCH" = "x86_64" ]; then \
        curl -fsSL https://github.com/cli/cli/releases/download/v2.40.0/gh_2.40.0_linux_amd64.tar.gz -o /tmp/gh.tgz; \
    elif [ "$ARCH" = "aarch64" ]; then \
        curl -fsSL https://github.com/cli/cli/releases/download/v2.40.0/gh_2.40.0_linux_arm64.tar.gz -o /tmp/gh.tgz; \
    fi && tar -xzf /tmp/gh.tgz -C /tmp
