#syntax=docker/dockerfile:1-labs
ARG BASE_IMAGE=debian:bookworm-slim
FROM ubuntu:24.04
RUN <<EOF
set -e
apt-get update
apt-get install -y curl jq
rm -rf /var/lib/apt/lists/*
EOF
