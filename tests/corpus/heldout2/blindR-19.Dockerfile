# corpus: modelled-on=timescaledb-docker (go install timescaledb-tune / parallel-copy in a golang builder stage)
# corpus: expect=AL204@7
ARG PG_MAJOR=17
FROM golang:1.23-alpine AS tools
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64 \
    GOBIN=/go/bin

RUN apk add --no-cache git \
 && go install github.com/timescale/timescaledb-tune/cmd/timescaledb-tune@v0.18.0 \
 && go install github.com/timescale/timescaledb-parallel-copy/cmd/timescaledb-parallel-copy@v0.8.0

FROM timescale/timescaledb:2.17.2-pg${PG_MAJOR}
COPY --from=tools /go/bin/timescaledb-tune /usr/local/bin/
COPY --from=tools /go/bin/timescaledb-parallel-copy /usr/local/bin/
COPY docker-entrypoint-initdb.d/ /docker-entrypoint-initdb.d/
ENV POSTGRES_INITDB_ARGS="--data-checksums"
