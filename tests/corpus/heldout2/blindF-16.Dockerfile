# corpus: modelled-on=kokuwaio/shellcheck-style linter image using exec-form (JSON) RUN with sh -c
# corpus: expect=
FROM alpine:3.20

ARG TARGETARCH
ARG YQ_VERSION=v4.44.3

RUN ["/bin/sh", "-c", "apk add --no-cache ca-certificates git bash"]
RUN ["/bin/sh", "-c", \
     "wget -qO /usr/local/bin/yq https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${TARGETARCH} && chmod 0755 /usr/local/bin/yq"]

COPY --chmod=0755 lint.sh /usr/local/bin/lint
WORKDIR /src
USER 1000:1000
ENTRYPOINT ["/usr/local/bin/lint"]
