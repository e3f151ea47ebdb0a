# corpus: modelled-on=Go web services that set the Go environment in one ENV block (e.g. gin/echo example apps)
# corpus: expect=AL204@6
FROM golang:1.21-alpine AS build
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /app
COPY . .
RUN go build -ldflags="-s -w" -o /bin/server ./cmd/server

FROM alpine:3.19
RUN apk add --no-cache ca-certificates
COPY --from=build /bin/server /usr/local/bin/server
ENTRYPOINT ["server"]
