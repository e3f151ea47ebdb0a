# corpus: modelled-on=Apple-silicon developers pinning GOARCH=arm64
# corpus: expect=AL204@6
FROM golang:1.22-alpine AS build
WORKDIR /app
COPY . .
RUN GOOS=linux GOARCH=arm64 CGO_ENABLED=0 go build -o server .
FROM alpine:3.20
COPY --from=build /app/server /server
CMD ["/server"]
