# corpus: modelled-on=lamoda/k8s-cheatsheet Dockerfile and oracle/coherence-operator debug/Tools.Dockerfile (kubectl linux/amd64), in a declared amd64-only build
# corpus: expect=
# corpus: platforms=linux/amd64
FROM --platform=linux/amd64 alpine:3.20
ARG KUBE_VERSION=1.30.2
RUN apk --no-cache add curl bash bind-tools && \
    curl -fsSLO "https://dl.k8s.io/release/v${KUBE_VERSION}/bin/linux/amd64/kubectl" && \
    chmod +x ./kubectl && \
    mv ./kubectl /usr/local/bin/kubectl && \
    kubectl version --client
COPY cheatsheet.sh /usr/local/bin/cheatsheet
ENTRYPOINT ["/usr/local/bin/cheatsheet"]
