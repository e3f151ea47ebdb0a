# corpus: modelled-on=Go builds adding GOARM only for 32-bit ARM in an if
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH TARGETVARIANT
WORKDIR /src
COPY . .
RUN if [ "$TARGETARCH" = "arm" ]; then export GOARM="${TARGETVARIANT#v}"; fi; \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
