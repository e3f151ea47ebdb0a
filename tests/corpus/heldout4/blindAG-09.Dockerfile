# corpus: modelled-on=CI/devops toolbox image (kubectl + yq + helm) assembled from a fetch stage
# corpus: expect=AL203@17
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.29.2

FROM --platform=$BUILDPLATFORM alpine:3.19 AS fetch
ARG KUBECTL_VERSION
RUN apk add --no-cache curl
# translate uname output to the k8s release naming
RUN ARCH="$(uname -m | sed -e 's/x86_64/amd64/' -e 's/aarch64/arm64/')" \
 && curl -fsSLo /kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${ARCH}/kubectl" \
 && chmod +x /kubectl

FROM alpine:3.19
RUN apk add --no-cache bash git jq openssh-client ca-certificates
RUN wget -qO /usr/local/bin/yq \
      "https://github.com/mikefarah/yq/releases/download/v4.42.1/yq_linux_${TARGETARCH}" \
 && chmod +x /usr/local/bin/yq
COPY --from=fetch /kubectl /usr/local/bin/kubectl
RUN adduser -D -u 1000 ci
USER ci
WORKDIR /home/ci
ENTRYPOINT ["/bin/bash"]
