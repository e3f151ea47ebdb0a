# corpus: modelled-on=helmfile + helm-secrets GitOps runner (monlor/docker-helmfile, helmfile/helmfile Dockerfile tool section) rewritten with a heredoc RUN
# corpus: expect=AL301@23,AL301@26,AL301@28
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS helmfile
ARG TARGETOS TARGETARCH
ARG HELMFILE_VERSION=v0.169.1
RUN apk add --no-cache git make
RUN git clone --depth 1 --branch ${HELMFILE_VERSION} https://github.com/helmfile/helmfile /src
WORKDIR /src
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build -o /out/helmfile .

FROM alpine:3.20
RUN apk add --no-cache bash curl git gnupg ca-certificates openssh-client
ARG HELM_VERSION=v3.16.3
ARG SOPS_VERSION=v3.9.1
ARG AGE_VERSION=v1.2.0
ENV SOPS_ARCH=amd64 \
    HELM_PLUGINS=/usr/local/share/helm/plugins

RUN <<EOF
set -eux
cd /tmp
curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz" | tar -xz
mv linux-*/helm /usr/local/bin/helm
curl -fsSLo /usr/local/bin/sops \
  "https://github.com/getsops/sops/releases/download/${SOPS_VERSION}/sops-${SOPS_VERSION}.linux.${SOPS_ARCH}"
chmod 0755 /usr/local/bin/sops
curl -fsSL "https://github.com/FiloSottile/age/releases/download/${AGE_VERSION}/age-${AGE_VERSION}-linux-amd64.tar.gz" \
  | tar -xz -C /usr/local/bin --strip-components=1 age/age age/age-keygen
helm plugin install https://github.com/jkroepke/helm-secrets --version v4.6.2
helm plugin install https://github.com/databus23/helm-diff --version v3.9.11
rm -rf /tmp/*
EOF

COPY --from=helmfile /out/helmfile /usr/local/bin/helmfile
RUN adduser -D -u 1000 gitops
USER 1000
WORKDIR /work
ENTRYPOINT ["helmfile"]
