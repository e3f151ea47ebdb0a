# corpus: modelled-on=old kubectl/helm installs from the kubernetes-release buckets
# corpus: expect=AL301@5,AL301@6
FROM debian:stretch
RUN apt-get update && apt-get install -y curl
RUN curl -sL https://storage.googleapis.com/kubernetes-release/release/v1.14.0/bin/linux/amd64/kubectl -o /usr/local/bin/kubectl
RUN curl -sL https://storage.googleapis.com/kubernetes-helm/helm-v2.13.1-linux-amd64.tar.gz | tar xz && mv linux-amd64/helm /usr/local/bin/
