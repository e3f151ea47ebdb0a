# corpus: modelled-on=redundant TARGETPLATFORM (blind batch: labelled before running archlint)
# corpus: expect=AL202@3
FROM --platform=$TARGETPLATFORM alpine:3.20
RUN apk add --no-cache ca-certificates
