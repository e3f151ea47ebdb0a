# corpus: modelled-on=coolersport/docker-yq + public "FROM --platform=amd64 ubuntu" yq installer (config-rendering tool image)
# corpus: expect=AL201@3,AL301@10,AL301@11
FROM --platform=linux/amd64 alpine:3.20

ARG YQ_VERSION=v4.44.5
ARG JQ_VERSION=1.7.1

RUN apk add --no-cache bash curl ca-certificates git

RUN wget -qO /usr/local/bin/yq "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_amd64" \
 && wget -qO /usr/local/bin/jq "https://github.com/jqlang/jq/releases/download/jq-${JQ_VERSION}/jq-linux64" \
 && chmod +x /usr/local/bin/yq /usr/local/bin/jq \
 && yq --version && jq --version

COPY scripts/ /opt/config-tools/
ENV PATH=/opt/config-tools:$PATH
WORKDIR /work
ENTRYPOINT ["render-config.sh"]
