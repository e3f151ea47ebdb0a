# corpus: modelled-on=.gitpod.Dockerfile files extending gitpod/workspace-full (brew + apt tooling), pinned to amd64
# corpus: expect=AL201@3
FROM --platform=linux/amd64 gitpod/workspace-full:2024-06-10-10-39-01

USER gitpod
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# Tooling via brew keeps the workspace layer cache-friendly
RUN brew update \
    && brew install tfenv tflint pre-commit \
    && brew cleanup \
    && tfenv install 1.8.5 && tfenv use 1.8.5

RUN sudo apt-get update -q \
    && sudo apt-get install -yq postgresql-client redis-tools \
    && sudo rm -rf /var/lib/apt/lists/*

COPY --chown=gitpod:gitpod .gitpod/bashrc /home/gitpod/.bashrc.d/90-project

# Gitpod adds its own layer as root with the default shell
USER root
SHELL ["/bin/sh", "-c"]
