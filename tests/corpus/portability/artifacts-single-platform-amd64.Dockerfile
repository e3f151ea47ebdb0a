# corpus: modelled-on=an amd64-only deployment image (declared platform)
# corpus: platforms=linux/amd64
# corpus: expect=
FROM ubuntu:22.04
RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl
