# corpus: modelled-on=company Go REST service whose Makefile-era build flags were copied into the Dockerfile
# corpus: expect=AL204@12,AL209@16
FROM --platform=$BUILDPLATFORM golang:1.21-alpine AS builder
RUN apk add --no-cache git ca-certificates tzdata make
WORKDIR /go/src/github.com/acme/billing-api

ENV GOPRIVATE=github.com/acme/* \
    GOFLAGS=-mod=vendor
COPY . .

ARG VERSION=dev
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 \
    go build -ldflags "-s -w -X main.version=${VERSION}" -o /bin/billing-api ./cmd/server

# we pinned the -amd64 variant after distroless changed the default user once
FROM gcr.io/distroless/static:nonroot-amd64
COPY --from=builder /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /bin/billing-api /billing-api
ENV TZ=UTC
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/billing-api"]
