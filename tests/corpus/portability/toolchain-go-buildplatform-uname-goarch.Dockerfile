# corpus: modelled-on=BUILDPLATFORM Go builds deriving GOARCH from uname (describes the builder)
# corpus: expect=AL206@7
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN case "$(uname -m)" in x86_64) a=amd64 ;; aarch64) a=arm64 ;; esac; \
    CGO_ENABLED=0 GOARCH=$a go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
