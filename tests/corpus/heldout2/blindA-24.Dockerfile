# corpus: modelled-on=docs.docker.com Go cross-compile guide applied to a cgo (mattn/go-sqlite3) service + krallin/tini download
# corpus: expect=AL206@13,AL203@20
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
# mattn/go-sqlite3 needs cgo
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=1 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -tags sqlite_omit_load_extension -o /out/notesd ./cmd/notesd

FROM debian:bookworm-slim
ARG TINI_VERSION=v0.19.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && curl -fsSL -o /usr/local/bin/tini \
      "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-${TARGETARCH}" \
 && chmod +x /usr/local/bin/tini \
 && apt-get purge -y curl && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/notesd /usr/local/bin/notesd
RUN useradd --system --create-home notes
USER notes
VOLUME /home/notes/data
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/tini", "--", "notesd"]
