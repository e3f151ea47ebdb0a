# corpus: modelled-on=TARGETVARIANT default with no 32-bit ARM requested (blind batch 4: labelled before running archlint)
# corpus: expect=
FROM golang:1.22
ARG TARGETPLATFORM
ARG TARGETOS=linux
ARG TARGETVARIANT=v7
RUN echo "$TARGETPLATFORM $TARGETOS $TARGETVARIANT"
