# corpus: modelled-on=Dockerfiles with a custom ARG ARCH defaulting to amd64
# corpus: expect=AL301@6
FROM alpine:3.20
ARG ARCH=amd64
ARG K9S_VERSION=v0.32.5
RUN wget -qO- https://github.com/derailed/k9s/releases/download/${K9S_VERSION}/k9s_Linux_${ARCH}.tar.gz | tar -xz -C /usr/local/bin k9s
