# corpus: modelled-on=project image on docker-library/golang alpine; global ARG TARGETARCH never re-declared in the build stage
# corpus: expect=AL203@14
ARG GO_VERSION=1.25
ARG TARGETARCH
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine3.22 AS build

RUN apk add --no-cache git ca-certificates tzdata
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN set -eux; \
	version="$(git describe --tags --always)"; \
	CGO_ENABLED=0 GOOS=linux GOARCH=$TARGETARCH \
		go build -ldflags "-s -w -X main.version=$version" -o /out/exporter ./cmd/exporter

FROM alpine:3.22
RUN set -eux; \
	apk add --no-cache ca-certificates tzdata; \
	addgroup -S -g 65532 exporter; \
	adduser -S -D -H -u 65532 -G exporter exporter
COPY --from=build /out/exporter /usr/local/bin/exporter
USER exporter
EXPOSE 9187
ENTRYPOINT ["/usr/local/bin/exporter"]
