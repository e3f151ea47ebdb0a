# corpus: modelled-on=Go images published for Raspberry Pi Zero (arm/v6) and Pi 3 (arm/v7), e.g. home-automation bridges
# corpus: expect=AL204@8
# corpus: platforms=linux/arm/v6,linux/arm/v7
FROM --platform=$BUILDPLATFORM golang:1.21 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOARM=7 go build -o /out/bridge .
FROM alpine:3.19
COPY --from=build /out/bridge /usr/bin/bridge
ENTRYPOINT ["bridge"]
