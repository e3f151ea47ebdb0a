# corpus: modelled-on=Go notifier worker built in golang:alpine with the copy-pasted static-build line, scratch runtime
# corpus: expect=AL204@10
FROM golang:1.22-alpine AS builder
RUN apk add --no-cache git tzdata ca-certificates
WORKDIR /build
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# static binary so it runs on scratch
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 \
    go build -a -installsuffix cgo -ldflags '-w -s' -o notifier ./cmd/notifier

FROM scratch
COPY --from=builder /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /build/notifier /notifier
ENV TZ=Europe/Berlin
USER 65534:65534
ENTRYPOINT ["/notifier"]
