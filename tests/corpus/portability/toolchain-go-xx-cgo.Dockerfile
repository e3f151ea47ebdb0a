# corpus: modelled-on=docker/buildx and moby/buildkit Dockerfiles: cgo with xx-go and xx-apk
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld
ARG TARGETPLATFORM
RUN xx-apk add --no-cache gcc musl-dev sqlite-dev
ENV CGO_ENABLED=1
WORKDIR /src
COPY . .
RUN xx-go build -o /out/app . && xx-verify /out/app
FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
