# corpus: modelled-on=ENV GOARCH taken from a custom ARCH build arg defaulting to amd64
# corpus: expect=AL204@5
FROM golang:1.22 AS build
ARG ARCH=amd64
ENV GOOS=linux GOARCH=${ARCH}
WORKDIR /src
COPY . .
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
