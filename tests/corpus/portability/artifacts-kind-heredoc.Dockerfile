# syntax=docker/dockerfile:1
# corpus: modelled-on=RUN heredoc installer for kind
# corpus: expect=AL301@8
FROM debian:bookworm-slim
RUN <<EOF
set -eux
apt-get update && apt-get install -y curl
curl -fsSLo /usr/local/bin/kind https://kind.sigs.k8s.io/dl/v0.23.0/kind-linux-amd64
chmod +x /usr/local/bin/kind
EOF
