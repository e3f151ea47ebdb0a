# corpus: modelled-on=release tooling fetching every platform's binary for a bundle
# corpus: expect=
FROM alpine:3.20 AS fetch
RUN mkdir -p /dist \
 && wget -qO /dist/helm-amd64.tgz https://get.helm.sh/helm-v3.15.2-linux-amd64.tar.gz \
 && wget -qO /dist/helm-arm64.tgz https://get.helm.sh/helm-v3.15.2-linux-arm64.tar.gz
FROM alpine:3.20
ARG TARGETARCH
COPY --from=fetch /dist/helm-${TARGETARCH}.tgz /tmp/helm.tgz
