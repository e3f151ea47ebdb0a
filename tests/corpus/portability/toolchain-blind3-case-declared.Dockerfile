# corpus: modelled-on=RUN case on TARGETARCH with the ARG declared (blind batch 3: labelled before running archlint)
# corpus: expect=
FROM alpine:3.20
ARG TARGETARCH
RUN case ${TARGETARCH} in \
      amd64) echo x86_64 > /arch ;; \
      arm64) echo aarch64 > /arch ;; \
      *) echo unknown > /arch ;; \
    esac
