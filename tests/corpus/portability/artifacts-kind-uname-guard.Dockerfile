# corpus: modelled-on=kind quick start: [ $(uname -m) = x86_64 ] && curl …
# corpus: expect=
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl
RUN [ "$(uname -m)" = x86_64 ] && curl -Lo /usr/local/bin/kind https://kind.sigs.k8s.io/dl/v0.23.0/kind-linux-amd64 || true
RUN [ "$(uname -m)" = aarch64 ] && curl -Lo /usr/local/bin/kind https://kind.sigs.k8s.io/dl/v0.23.0/kind-linux-arm64 || true
