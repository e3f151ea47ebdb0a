# corpus: modelled-on=small Go CLI image (prometheus exporter style) where the runtime stage was also pinned to the builder
# corpus: expect=AL208@16
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev
WORKDIR /go/src/exporter
RUN apk add --no-cache git make
COPY go.* ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -ldflags "-s -w -X main.version=${VERSION}" -o /out/queue-exporter .

# runtime
FROM --platform=$BUILDPLATFORM alpine:3.19
RUN apk add --no-cache ca-certificates \
 && adduser -D -H -u 10001 exporter
COPY --from=build /out/queue-exporter /bin/queue-exporter
USER exporter
EXPOSE 9419
ENTRYPOINT ["/bin/queue-exporter"]
