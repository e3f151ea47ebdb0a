# corpus: modelled-on=traefik-forward-auth style Go middleware images (BUILDPLATFORM builder, GOOS/GOARCH from TARGET*) with a defaulted TARGETARCH
# corpus: expect=AL207@7,AL202@17
# Forward-auth middleware that Traefik calls before routing to Grafana/Kibana.
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETOS
# default so that plain `docker build` on a laptop still works
ARG TARGETARCH=amd64
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/forward-auth ./cmd/forward-auth

FROM --platform=$TARGETPLATFORM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
 && adduser -D -H -u 65532 fwdauth
COPY --from=build /out/forward-auth /usr/local/bin/forward-auth
USER fwdauth
ENV AUTH_HOST=auth.example.com \
    COOKIE_DOMAIN=example.com \
    LOG_LEVEL=info
EXPOSE 4181
HEALTHCHECK CMD wget -qO- http://127.0.0.1:4181/healthz || exit 1
ENTRYPOINT ["/usr/local/bin/forward-auth"]
