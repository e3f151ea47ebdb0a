# corpus: modelled-on=devcontainers/images go devcontainer Dockerfile extended with project tooling
# corpus: expect=AL204@8
FROM mcr.microsoft.com/devcontainers/go:1-1.22-bookworm

# Cross-compile defaults for the deploy target
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64

RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
    && apt-get -y install --no-install-recommends protobuf-compiler graphviz \
    && apt-get clean && rm -rf /var/lib/apt/lists/*

USER vscode
RUN go install golang.org/x/tools/gopls@v0.16.1 \
    && go install github.com/go-delve/delve/cmd/dlv@v1.23.0 \
    && go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.2 \
    && go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1

RUN echo 'export PATH=$PATH:$(go env GOPATH)/bin' >> ~/.bashrc
