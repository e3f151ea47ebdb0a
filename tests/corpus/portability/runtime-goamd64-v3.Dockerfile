# corpus: modelled-on=Go services built with GOAMD64=v3
# corpus: expect=AL402@4
FROM golang:1.22 AS build
ENV GOAMD64=v3
WORKDIR /src
COPY . .
RUN go build -o /out/app .
