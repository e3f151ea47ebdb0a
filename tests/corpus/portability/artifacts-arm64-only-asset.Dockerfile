# corpus: modelled-on=an asset hardcoded for arm64 (Graviton-first team)
# corpus: expect=AL301@4
FROM ubuntu:24.04
RUN curl -fsSL https://github.com/derailed/k9s/releases/download/v0.32.5/k9s_Linux_arm64.tar.gz | tar -xz -C /usr/local/bin k9s
