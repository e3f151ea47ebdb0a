# corpus: modelled-on=th3wingman/border0-cli Dockerfile + 'FROM --platform=$BUILDPLATFORM alpine:{{ .alpine }}' tini template (search hits)
# corpus: expect=AL208@3
FROM --platform=$BUILDPLATFORM alpine:3.20

ARG TARGETOS
ARG TARGETARCH
ARG TINI_VERSION=v0.19.0

# Install tini in specific architecture
ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${TARGETARCH} /usr/local/sbin/tini
ADD https://download.border0.com/${TARGETOS}_${TARGETARCH}/border0 /usr/local/bin/border0
RUN chmod +x /usr/local/sbin/tini /usr/local/bin/border0

ENTRYPOINT ["/usr/local/sbin/tini", "--"]
CMD ["border0", "version", "show"]
