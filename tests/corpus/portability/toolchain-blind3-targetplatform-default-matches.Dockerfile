# corpus: modelled-on=TARGETPLATFORM default equal to the only requested platform (blind batch 3: labelled before running archlint)
# corpus: expect=
# corpus: platforms=linux/arm64
FROM alpine:3.20
ARG TARGETPLATFORM=linux/arm64
RUN echo "$TARGETPLATFORM" > /platform
