# corpus: modelled-on=project CI image on docker-library/docker 27/dind with kubectl + helm added
# corpus: expect=AL301@13
FROM docker:28-dind

RUN apk add --no-cache bash curl git jq openssl

ARG KUBECTL_VERSION=v1.34.2
ARG HELM_VERSION=v3.19.2
ARG TARGETARCH

# kubectl
RUN set -eux; \
	curl -fsSL -o /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl"; \
	chmod +x /usr/local/bin/kubectl; \
	kubectl version --client

# helm
RUN set -eux; \
	curl -fsSL -o /tmp/helm.tgz "https://get.helm.sh/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz"; \
	tar -xzf /tmp/helm.tgz -C /tmp; \
	mv "/tmp/linux-${TARGETARCH}/helm" /usr/local/bin/helm; \
	rm -rf /tmp/helm.tgz "/tmp/linux-${TARGETARCH}"; \
	helm version

COPY scripts/ /usr/local/bin/
ENV DOCKER_TLS_CERTDIR=/certs
ENTRYPOINT ["dockerd-entrypoint.sh"]
CMD []
