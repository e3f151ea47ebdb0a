# corpus: modelled-on=docker/buildx Dockerfile: a scratch binaries stage used with --output
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
COPY --from=xx / /
ARG TARGETPLATFORM
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 xx-go build -o /out/docker-buildx ./cmd/buildx
FROM scratch AS binaries-unix
COPY --from=build /out/docker-buildx /
FROM binaries-unix AS binaries
