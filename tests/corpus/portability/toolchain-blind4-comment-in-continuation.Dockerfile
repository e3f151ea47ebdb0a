# corpus: modelled-on=a comment line inside a RUN continuation mentioning TARGETARCH (blind batch 4: labelled before running archlint)
# corpus: expect=
FROM alpine:3.20
RUN echo a \
    # uses $TARGETARCH later, once ARG is added
    && echo b
