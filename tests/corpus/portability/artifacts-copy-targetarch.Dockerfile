# corpus: modelled-on=buildx docs: COPY bin/app-${TARGETARCH}
# corpus: expect=
FROM alpine:3.20
ARG TARGETOS TARGETARCH
COPY bin/app-${TARGETOS}-${TARGETARCH} /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
