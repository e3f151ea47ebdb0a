# corpus: modelled-on=chelnik/sberCloudServer Dockerfile (CGO_ENABLED=0 GOOS=linux native build)
# corpus: expect=
FROM golang:1.22-alpine AS build
RUN apk add --no-cache git
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# GOARM only matters when GOARCH=arm; amd64 and arm64 builds ignore it
ENV GOARM=7
RUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o /app/main .

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
    && adduser -D -H -u 10001 app
WORKDIR /app
COPY --from=build /app/main /app/main
COPY config.yaml /app/config.yaml
USER app
EXPOSE 8080
CMD ["/app/main"]
