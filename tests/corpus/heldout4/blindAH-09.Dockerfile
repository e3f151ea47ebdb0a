# corpus: modelled-on=company Go worker with golang-migrate CLI baked in, cross-build stage missing GOARCH
# corpus: expect=AL206@10,AL301@18
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETARCH
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# TODO(platform-team): arm64 runners are now default in CI
RUN CGO_ENABLED=0 go build -o /out/worker ./cmd/worker

FROM debian:bookworm-slim
ARG MIGRATE_VERSION=v4.17.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl postgresql-client tzdata \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL https://github.com/golang-migrate/migrate/releases/download/${MIGRATE_VERSION}/migrate.linux-amd64.tar.gz \
      | tar -xz -C /usr/local/bin migrate \
 && migrate -version

COPY --from=build /out/worker /usr/local/bin/worker
COPY db/migrations /migrations
RUN useradd -r -s /usr/sbin/nologin worker
USER worker
ENTRYPOINT ["/usr/local/bin/worker"]
