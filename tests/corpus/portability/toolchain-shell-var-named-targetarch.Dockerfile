# corpus: modelled-on=Dockerfiles computing TARGETARCH in the shell for the classic builder
# corpus: expect=
FROM alpine:3.20
RUN TARGETARCH="$(apk --print-arch)"; \
    echo "arch: $TARGETARCH" > /etc/arch-info
