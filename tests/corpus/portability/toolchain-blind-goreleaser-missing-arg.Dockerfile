# corpus: modelled-on=goreleaser style without ARG (blind batch: labelled before running archlint)
# corpus: expect=AL203@4
FROM alpine:3.19
COPY $TARGETPLATFORM/myapp /usr/bin/myapp
ENTRYPOINT ["/usr/bin/myapp"]
