# corpus: modelled-on=Go API server image stamping build metadata (gitea/traefik-like), with a defaulted TARGETARCH "for local builds"
# corpus: expect=AL207@6,AL203@19
FROM --platform=$BUILDPLATFORM golang:1.21-alpine AS build
ARG TARGETOS
# default for people running plain `docker build` on their laptop
ARG TARGETARCH=amd64
ARG VERSION=0.0.0-dev
RUN apk add --no-cache git
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -ldflags "-X main.Version=${VERSION}" -o /out/apiserver ./cmd/apiserver

FROM alpine:3.19
RUN apk add --no-cache ca-certificates tzdata
COPY --from=build /out/apiserver /usr/local/bin/apiserver
RUN mkdir -p /etc/apiserver \
 && printf 'built-on=%s\ntarget=%s\n' "$BUILDPLATFORM" "$TARGETPLATFORM" > /etc/apiserver/build-info
RUN adduser -D -u 1001 api
USER api
EXPOSE 3000
ENTRYPOINT ["apiserver"]
