# corpus: modelled-on=Go images built natively per platform (no --platform flag, emulated builds)
# corpus: expect=
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
