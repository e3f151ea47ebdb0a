# corpus: modelled-on=Go services with sqlite (cgo) moved to BUILDPLATFORM without a cross compiler
# corpus: expect=AL206@7
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -tags sqlite -o /out/app .
FROM debian:bookworm-slim
COPY --from=build /out/app /usr/local/bin/app
