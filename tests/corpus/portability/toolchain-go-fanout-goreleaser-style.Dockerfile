# corpus: modelled-on=goreleaser-like fan-out builds inside one Docker stage, picked by TARGETARCH later
# corpus: expect=
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN for arch in amd64 arm64; do \
      CGO_ENABLED=0 GOOS=linux GOARCH=$arch go build -o /out/linux-$arch/app . ; \
    done
RUN GOARCH=amd64 go build -o /out/check-amd64 ./cmd/check && GOARCH=arm64 go build -o /out/check-arm64 ./cmd/check
FROM alpine:3.20
ARG TARGETARCH
COPY --from=build /out/linux-${TARGETARCH}/app /usr/local/bin/app
COPY --from=build /out/check-${TARGETARCH} /usr/local/bin/check
