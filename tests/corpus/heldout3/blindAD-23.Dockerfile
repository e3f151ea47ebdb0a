# corpus: modelled-on=golang multi-stage with go-sqlite3 (cgo) built on BUILDPLATFORM; runtime stage left on BUILDPLATFORM
# corpus: expect=AL206@13,AL208@15
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-dev \
    && rm -rf /var/lib/apt/lists/*
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# go-sqlite3 needs cgo
RUN CGO_ENABLED=1 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -tags sqlite_omit_load_extension -o /out/bookmarks ./cmd/bookmarks

FROM --platform=$BUILDPLATFORM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libsqlite3-0 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/bookmarks /usr/local/bin/bookmarks
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/usr/local/bin/bookmarks", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/bookmarks", "--db", "/data/bookmarks.db"]
