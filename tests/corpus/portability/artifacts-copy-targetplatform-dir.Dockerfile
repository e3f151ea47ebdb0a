# corpus: modelled-on=COPY from per-platform directories (TARGETPLATFORM)
# corpus: expect=
FROM scratch
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/manager /manager
ENTRYPOINT ["/manager"]
