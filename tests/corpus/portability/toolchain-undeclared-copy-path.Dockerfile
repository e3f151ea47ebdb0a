# corpus: modelled-on=images copying per-arch prebuilt binaries with $TARGETARCH in the path
# corpus: expect=AL203@4
FROM alpine:3.20
COPY dist/app-linux-${TARGETARCH} /usr/local/bin/app
ENTRYPOINT ["app"]
