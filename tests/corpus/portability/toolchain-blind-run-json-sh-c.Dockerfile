# corpus: modelled-on=exec-form RUN through sh -c without ARG (blind batch: labelled before running archlint)
# corpus: expect=AL203@4
FROM alpine
RUN ["/bin/sh", "-c", "echo building for $TARGETARCH > /arch"]
