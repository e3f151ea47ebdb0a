# corpus: modelled-on=goreleaser dist/ layout copied into an image
# corpus: expect=AL303@5
FROM alpine:3.20
RUN apk add --no-cache ca-certificates
COPY dist/myapp_linux_amd64_v1/myapp /usr/bin/myapp
ENTRYPOINT ["/usr/bin/myapp"]
