# corpus: modelled-on=Dockerfiles written for the classic builder that give TARGETARCH an amd64 default
# corpus: expect=AL207@4
FROM alpine:3.20
ARG TARGETARCH=amd64
ARG KUBECTL_VERSION=v1.30.2
RUN apk add --no-cache curl && \
    curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" && \
    chmod +x /usr/local/bin/kubectl
