# corpus: modelled-on=scanner/signing CI image that borrows binaries from upstream multi-arch images (goreleaser build image "COPY --from=gcr.io/projectsigstore/cosign", drone-trivy/"FROM aquasec/trivy AS trivy")
# corpus: expect=
# syntax=docker/dockerfile:1.7
FROM alpine:3.20

RUN apk add --no-cache bash ca-certificates git jq curl docker-cli

# Upstream images are multi-arch manifests, so each platform gets its own binary.
# (We used to curl cosign-linux-amd64 here, which broke the arm64 runners.)
COPY --from=aquasec/trivy:0.57.1 /usr/local/bin/trivy /usr/local/bin/trivy
COPY --from=aquasec/trivy:0.57.1 /contrib/*.tpl /usr/local/share/trivy/templates/
COPY --from=ghcr.io/anchore/syft:v1.18.1 /syft /usr/local/bin/syft

RUN --mount=type=bind,from=gcr.io/projectsigstore/cosign:v2.4.1,source=/ko-app/cosign,target=/mnt/cosign \
    --mount=type=bind,from=docker.io/bitnami/kubectl:1.31,source=/opt/bitnami/kubectl/bin/kubectl,target=/mnt/kubectl \
    install -m 0755 /mnt/cosign /usr/local/bin/cosign \
 && install -m 0755 /mnt/kubectl /usr/local/bin/kubectl

RUN <<EOT
set -eu
for tool in trivy syft cosign kubectl; do
  command -v "$tool"
done
adduser -D -u 1001 ci
mkdir -p /home/ci/.cache/trivy && chown -R 1001 /home/ci
EOT

USER 1001
WORKDIR /home/ci
ENTRYPOINT ["/bin/bash"]
