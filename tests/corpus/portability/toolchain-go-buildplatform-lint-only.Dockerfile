# corpus: modelled-on=CI-style Dockerfiles with a BUILDPLATFORM test stage nobody copies from
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS test
WORKDIR /src
COPY . .
RUN go build ./... && go test ./...

FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
