# Maintained by the platform team.
# See README for build instructions.

ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
FROM ubuntu:24.04
RUN <<EOF
set -e
apt-get update
apt-get install -y curl jq
rm -rf /var/lib/apt/lists/*
EOF
