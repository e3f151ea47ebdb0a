# corpus: modelled-on=internal amd64-only services that declare it (archlint platforms pragma)
# corpus: expect=
# archlint: platforms=linux/amd64
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o /out/svc .
FROM gcr.io/distroless/static
COPY --from=build /out/svc /svc
