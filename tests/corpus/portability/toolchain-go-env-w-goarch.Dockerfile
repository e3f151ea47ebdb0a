# corpus: modelled-on=Go projects that persist the target with go env -w in the builder image
# corpus: expect=AL204@4
FROM golang:1.21 AS builder
RUN go env -w GOPROXY=https://proxy.golang.org,direct && go env -w GOARCH=amd64
WORKDIR /build
COPY . .
RUN go build -o app .
FROM debian:bookworm-slim
COPY --from=builder /build/app /app
ENTRYPOINT ["/app"]
