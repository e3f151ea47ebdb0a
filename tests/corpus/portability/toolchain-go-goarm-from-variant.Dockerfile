# corpus: modelled-on=docker/buildx and tonistiigi/xx docs: GOARM derived from TARGETVARIANT for 32-bit ARM
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v6,linux/arm/v7
FROM --platform=$BUILDPLATFORM golang:1.21 AS build
ARG TARGETOS TARGETARCH TARGETVARIANT
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOARM=${TARGETVARIANT#v} go build -o /out/bridge .
FROM alpine:3.19
COPY --from=build /out/bridge /usr/bin/bridge
ENTRYPOINT ["bridge"]
