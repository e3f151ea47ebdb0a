# corpus: modelled-on=go-sqlite3 apps (apk add gcc musl-dev sqlite-dev; CGO_ENABLED=1) moved to $BUILDPLATFORM for speed
# corpus: expect=AL206@16
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.23-alpine3.20 AS build
# mattn/go-sqlite3 needs cgo
RUN apk add --no-cache gcc musl-dev sqlite-dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=1 \
    GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -tags "libsqlite3 linux" -ldflags "-s -w" -o /out/notebin ./cmd/notebin

FROM alpine:3.20
RUN apk add --no-cache sqlite-libs ca-certificates
WORKDIR /data
COPY --from=build /out/notebin /usr/local/bin/notebin
VOLUME ["/data"]
EXPOSE 8080
CMD ["notebin", "-db", "/data/notes.db"]
