# corpus: modelled-on=platform-team Go "onbuild" builder base image (ONBUILD triggers compile the service)
# corpus: expect=AL204@14
FROM golang:1.22-alpine
RUN apk add --no-cache git ca-certificates tzdata
ENV CGO_ENABLED=0 \
    GOFLAGS=-mod=mod \
    GOPROXY=https://proxy.golang.org,direct
WORKDIR /go/src/app
# Services only write: FROM registry.internal/platform/go-onbuild:1.22
ONBUILD ARG VERSION=dev
ONBUILD COPY go.mod go.sum ./
ONBUILD RUN go mod download
ONBUILD COPY . .
ONBUILD RUN GOOS=linux GOARCH=amd64 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /usr/local/bin/app .
EXPOSE 8080
HEALTHCHECK --interval=20s --timeout=2s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
CMD ["app"]
