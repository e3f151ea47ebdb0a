# corpus: modelled-on=ONBUILD trigger using TARGETARCH (blind batch 4: labelled before running archlint)
# corpus: expect=
FROM alpine:3.20
ONBUILD ARG TARGETARCH
ONBUILD RUN echo "$TARGETARCH" > /arch
