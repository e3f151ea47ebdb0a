# corpus: modelled-on=kataras/iris _examples/mvc/overview/Dockerfile
# corpus: expect=AL204@10
# docker build -t app .
# docker run --rm -it -p 8080:8080 app:latest
FROM golang:1.22 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
ENV GO111MODULE=on \
    CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /go/src/app
COPY go.mod .
COPY go.sum .
RUN go mod download
COPY . .
RUN go install -ldflags="-s -w" ./...

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /go/bin/app /app
COPY ./views /views
EXPOSE 8080
ENTRYPOINT ["/app"]
