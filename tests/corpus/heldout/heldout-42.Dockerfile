# corpus: modelled-on=mia-platform/miactl Dockerfile and clusterkit/tools Dockerfile (COPY ${TARGETPLATFORM}/... and binaries/${TARGETARCH}/...)
# corpus: expect=
FROM docker.io/library/alpine:3.20

ARG TARGETOS
ARG TARGETARCH
ARG CMD_NAME=miactl
ENV COMMAND_NAME=${CMD_NAME}

RUN apk add --no-cache ca-certificates bash jq

COPY dist/${TARGETOS}_${TARGETARCH}/${CMD_NAME} /usr/local/bin/
COPY ./binaries/${TARGETARCH}/kubectl /bin/kubectl
COPY ./binaries/${TARGETARCH}/helm /bin/helm
RUN chmod +x /bin/kubectl /bin/helm "/usr/local/bin/${CMD_NAME}"

# amd64 only had a static build before v2; all arches now ship one
USER 1000
CMD ["/bin/sh", "-c", "${COMMAND_NAME}"]
