# corpus: modelled-on=CLI images whose release URL sits in ENV DOWNLOAD_LINK
# corpus: expect=AL301@5
FROM alpine:3.20
ARG VERSION=v1.4.0
ENV DOWNLOAD_LINK="https://github.com/example-org/otc-cli/releases/download/${VERSION}/otc-cli_${VERSION}_linux_amd64.tar.gz"
RUN apk add --no-cache curl \
 && curl -fsSLo /tmp/cli.tgz $DOWNLOAD_LINK \
 && tar -xzf /tmp/cli.tgz -C /usr/local/bin
