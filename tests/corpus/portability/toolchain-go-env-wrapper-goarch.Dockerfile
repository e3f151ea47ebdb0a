# corpus: modelled-on=Makefile-driven Go images that call go through env
# corpus: expect=AL204@6
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN env CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o /out/api ./cmd/api
FROM gcr.io/distroless/base-debian12
COPY --from=build /out/api /api
CMD ["/api"]
