# corpus: modelled-on=cloning source repositories (no architecture)
# corpus: expect=
FROM golang:1.22
RUN git clone --depth 1 https://github.com/kubernetes-sigs/kustomize.git /src \
 && cd /src/kustomize && go build -o /usr/local/bin/kustomize .
