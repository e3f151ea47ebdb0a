# corpus: modelled-on=toolhippie/kubectl Dockerfile (ARG TARGETARCH=amd64 feeding a case)
# corpus: expect=AL207@14
FROM golang:1.22-alpine AS build
ENV KUSTOMIZE_VERSION=5.4.2
RUN apk add --no-cache git && \
    git clone -b kustomize/v${KUSTOMIZE_VERSION} https://github.com/kubernetes-sigs/kustomize.git /srv/src && \
    cd /srv/src/kustomize && \
    CGO_ENABLED=0 go install .

FROM alpine:3.20
ENTRYPOINT [""]
ENV KUBECTL_VERSION=1.30.2

ARG TARGETARCH=amd64

RUN apk add --no-cache curl ca-certificates && \
  case "${TARGETARCH}" in \
    'amd64') curl -sSLo /usr/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl ;; \
    'arm64') curl -sSLo /usr/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/arm64/kubectl ;; \
    'arm') curl -sSLo /usr/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/arm/kubectl ;; \
    *) echo >&2 "error: unsupported architecture '${TARGETARCH}'"; exit 1 ;; \
  esac && \
  chmod +x /usr/bin/kubectl

COPY --from=build /go/bin/kustomize /usr/bin/
