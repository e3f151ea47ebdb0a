# corpus: modelled-on=exec-form CMD with TARGETARCH (no expansion in exec form) (blind batch: labelled before running archlint)
# corpus: expect=
FROM alpine
ARG TARGETARCH
CMD ["echo", "$TARGETARCH"]
