# corpus: modelled-on=goreleaser dockers_v2 style (blind batch: labelled before running archlint)
# corpus: expect=
FROM alpine:3.19
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/myapp /usr/bin/myapp
ENTRYPOINT ["/usr/bin/myapp"]
