# corpus: modelled-on=32-bit ARM Go images that blank TARGETVARIANT
# corpus: expect=AL207@6
# corpus: platforms=linux/amd64,linux/arm/v6,linux/arm/v7
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
ARG TARGETVARIANT=
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOARM=${TARGETVARIANT#v} go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
