# corpus: modelled-on=stage-level TARGETPLATFORM default used in a case
# corpus: expect=AL207@4
FROM alpine:3.20
ARG TARGETPLATFORM="linux/amd64"
RUN case "$TARGETPLATFORM" in \
      linux/amd64) echo amd64 > /arch ;; \
      linux/arm64) echo arm64 > /arch ;; \
    esac
