# corpus: modelled-on=C/C++ dev-container from a course repo (amd64/ubuntu base, gcc-multilib, hadolint binary) later "fixed" with ARG TARGETARCH=amd64
# corpus: expect=AL209@3,AL207@5,AL304@11,AL304@12
FROM amd64/ubuntu:22.04

ARG TARGETARCH=amd64
ARG HADOLINT_VERSION=v2.12.0
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential \
        gcc-multilib \
        g++-multilib \
        cmake ninja-build gdb valgrind \
        curl ca-certificates git sudo \
    && rm -rf /var/lib/apt/lists/*

# hadolint names its assets Linux-x86_64 / Linux-arm64
RUN case "$TARGETARCH" in \
      amd64) HL=x86_64 ;; \
      arm64) HL=arm64 ;; \
    esac \
 && curl -fsSL -o /usr/local/bin/hadolint \
      "https://github.com/hadolint/hadolint/releases/download/${HADOLINT_VERSION}/hadolint-Linux-${HL}" \
 && chmod +x /usr/local/bin/hadolint

RUN useradd -m -s /bin/bash dev && echo 'dev ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/dev
USER dev
WORKDIR /home/dev/project
CMD ["bash"]
