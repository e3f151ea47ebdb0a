# corpus: modelled-on=tonistiigi/xx README cross-compile pattern + docker/buildx-bin COPY (release-bot CI image)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git
ARG TARGETPLATFORM
RUN xx-apk add --no-cache musl-dev gcc
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=1
RUN xx-go build -trimpath -ldflags="-s -w -linkmode external -extldflags -static" -o /out/release-bot ./cmd/release-bot \
 && xx-verify --static /out/release-bot

FROM alpine:3.20
RUN apk add --no-cache ca-certificates git github-cli docker-cli
# buildx-bin is a multi-arch image, so this resolves to the plugin for the target (amd64 or arm64)
COPY --from=docker/buildx-bin:0.19 /buildx /usr/libexec/docker/cli-plugins/docker-buildx
COPY --from=build /out/release-bot /usr/local/bin/release-bot
ENTRYPOINT ["release-bot"]
