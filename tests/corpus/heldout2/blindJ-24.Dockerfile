# corpus: modelled-on=operator test-runner image with envtest assets baked in (kubebuilder "Install Kubebuilder" test stages, controller-tools envtest releases) plus cgo/race tooling
# corpus: expect=AL304@10,AL304@14,AL301@24
FROM golang:1.23-bookworm AS test

ARG ENVTEST_K8S_VERSION=1.31.0
ENV KUBEBUILDER_ASSETS=/usr/local/kubebuilder/bin \
    CGO_ENABLED=1

# 32-bit fixtures are exercised by `go test -tags legacy386 ./pkg/decoder/...`
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential \
      gcc-multilib \
      make \
      git \
      jq \
 && rm -rf /var/lib/apt/lists/*

# kube-apiserver + etcd for envtest
RUN mkdir -p /usr/local/kubebuilder/bin \
 && curl -fsSL \
      -o /tmp/envtest.tar.gz \
      "https://github.com/kubernetes-sigs/controller-tools/releases/download/envtest-v${ENVTEST_K8S_VERSION}/envtest-v${ENVTEST_K8S_VERSION}-linux-amd64.tar.gz" \
 && tar -xzf /tmp/envtest.tar.gz -C /usr/local/kubebuilder/bin --strip-components=2 \
 && rm /tmp/envtest.tar.gz \
 && ls "${KUBEBUILDER_ASSETS}"

WORKDIR /workspace
COPY go.mod go.sum ./
RUN go mod download
COPY . .
CMD ["go", "test", "-race", "./..."]
