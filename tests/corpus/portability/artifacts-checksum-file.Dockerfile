# corpus: modelled-on=checksums listed next to a TARGETARCH download
# corpus: expect=
FROM alpine:3.20
ARG TARGETARCH
# kubectl-linux-amd64 and kubectl-linux-arm64 checksums are pinned below
COPY checksums/kubectl.sha256 /tmp/kubectl.sha256
RUN wget -qO /usr/local/bin/kubectl "https://dl.k8s.io/release/v1.30.2/bin/linux/${TARGETARCH}/kubectl" \
 && echo "3e8f1a7f0a4e8b6f5f2b2c9d1e6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6  kubectl-linux-amd64" >> /tmp/all.sha256 \
 && chmod +x /usr/local/bin/kubectl
