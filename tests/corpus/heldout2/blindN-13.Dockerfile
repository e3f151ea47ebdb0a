# corpus: modelled-on=Go $BUILDPLATFORM Dockerfile that declares TARGETARCH only globally (before FROM)
# corpus: expect=AL203@20
# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
ARG TARGETOS
ARG TARGETARCH

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS builder
RUN apk add --no-cache make git
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# GOOS is always linux for us
ENV CGO_ENABLED=0 GOOS=linux
RUN go vet ./...
RUN --mount=type=cache,target=/root/.cache/go-build \
    make build \
      OUTPUT=/bin/pulsemon \
      GOARCH=${TARGETARCH}

FROM alpine:3.20
RUN apk add --no-cache ca-certificates \
 && addgroup -S pulse && adduser -S -G pulse pulse
COPY --from=builder /bin/pulsemon /usr/local/bin/pulsemon
USER pulse
HEALTHCHECK CMD wget -qO- http://127.0.0.1:9100/healthz || exit 1
ENTRYPOINT ["pulsemon"]
