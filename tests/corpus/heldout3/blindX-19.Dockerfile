# corpus: modelled-on=traefik/traefik build.Dockerfile (webui on BUILDPLATFORM node, gobuild on BUILDPLATFORM golang) cross-compiled with TARGETOS/TARGETARCH
# corpus: expect=
# docker buildx build --platform linux/amd64,linux/arm64 -t registry.example.com/traefik-custom .
FROM --platform=$BUILDPLATFORM node:20-alpine AS webui
WORKDIR /src/webui
COPY webui/package.json webui/yarn.lock ./
RUN yarn install --frozen-lockfile
COPY webui/ ./
RUN yarn build

FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS gobuild
RUN apk add --no-cache git
WORKDIR /go/src/github.com/traefik/traefik
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=webui /src/webui/static/ ./webui/static/
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath \
      -ldflags "-s -w -X github.com/traefik/traefik/v3/pkg/version.Version=${VERSION}" \
      -o /out/traefik ./cmd/traefik

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata
COPY --from=gobuild /out/traefik /usr/local/bin/traefik
COPY plugins-local/ /plugins-local/
COPY traefik.yml /etc/traefik/traefik.yml
EXPOSE 80 443 8080
ENTRYPOINT ["traefik"]
