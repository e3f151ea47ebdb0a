# corpus: modelled-on=cache mounts keyed by TARGETARCH without the ARG
# corpus: expect=AL203@6
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,id=gomod-$TARGETARCH,target=/go/pkg/mod go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
