# corpus: modelled-on=Dockerfiles declaring the platform ARGs once at the top (only visible to FROM)
# corpus: expect=AL203@8,AL203@8
ARG TARGETOS
ARG TARGETARCH
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
