# corpus: modelled-on=multi-arch task/just runner image (go-task .deb releases, Flared/docker-golang-buf uname pattern)
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
ARG TASK_VERSION=3.37.2
ARG JUST_VERSION=1.29.1

# go-task publishes task_linux_amd64.deb and task_linux_arm64.deb
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git make \
 && curl -fsSLo /tmp/task_linux_${TARGETARCH}.deb \
      "https://github.com/go-task/task/releases/download/v${TASK_VERSION}/task_linux_${TARGETARCH}.deb" \
 && apt-get install -y /tmp/task_linux_${TARGETARCH}.deb \
 && rm -f /tmp/task_linux_*.deb \
 && rm -rf /var/lib/apt/lists/*

# just uses rust triples: x86_64-unknown-linux-musl / aarch64-unknown-linux-musl
RUN JUST_TRIPLE="$(uname -m)-unknown-linux-musl" \
 && curl -fsSL "https://github.com/casey/just/releases/download/${JUST_VERSION}/just-${JUST_VERSION}-${JUST_TRIPLE}.tar.gz" \
    | tar -xz -C /usr/local/bin just \
 && just --version

COPY tools/bin/linux-${TARGETARCH}/protolint /usr/local/bin/protolint
RUN useradd -m runner
USER runner
WORKDIR /home/runner/repo
COPY --chown=runner Taskfile.yml justfile ./
ENTRYPOINT ["task"]
