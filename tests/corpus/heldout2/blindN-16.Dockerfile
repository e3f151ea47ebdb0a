# corpus: modelled-on=confluent-kafka-go consumers on golang:alpine (librdkafka-dev, -tags musl, ENV GOOS/GOARCH block)
# corpus: expect=AL204@13
FROM golang:1.23-alpine3.20 AS builder

RUN apk add --no-cache build-base pkgconf librdkafka-dev git

WORKDIR /usr/src/app
COPY go.mod go.sum ./
RUN go mod download

# Kafka client wraps the C library librdkafka -> cgo is required
ENV CGO_ENABLED=1 \
    GOOS=linux GOARCH=amd64 \
    GOFLAGS=-mod=readonly

COPY ./cmd ./cmd
COPY ./internal ./internal
# -tags dynamic links against the apk librdkafka instead of the bundled .a
RUN go build -tags "musl dynamic" -ldflags "-s -w" -o /bin/ingestor ./cmd/ingestor

FROM alpine:3.20
RUN apk add --no-cache librdkafka ca-certificates tzdata
COPY --from=builder /bin/ingestor /bin/ingestor
USER 405
ENTRYPOINT ["/bin/ingestor"]
