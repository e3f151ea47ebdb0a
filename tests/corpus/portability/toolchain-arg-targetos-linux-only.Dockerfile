# corpus: modelled-on=Go builders defaulting TARGETOS=linux (harmless for Linux platforms)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS=linux
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
