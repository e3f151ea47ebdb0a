# corpus: modelled-on=Go Dockerfiles that split TARGETPLATFORM with cut (popular before TARGETOS/TARGETARCH were known)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.19 AS builder
ARG TARGETPLATFORM
WORKDIR /app
COPY . .
RUN GOOS=$(echo $TARGETPLATFORM | cut -d/ -f1) \
    GOARCH=$(echo $TARGETPLATFORM | cut -d/ -f2) \
    CGO_ENABLED=0 go build -o /app/bin/webhook .
FROM alpine:3.17
COPY --from=builder /app/bin/webhook /usr/local/bin/webhook
ENTRYPOINT ["webhook"]
