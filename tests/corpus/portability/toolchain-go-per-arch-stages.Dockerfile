# corpus: modelled-on=per-architecture builder stages selected with FROM build-${TARGETARCH} (BuildKit docs pattern)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build-amd64
WORKDIR /src
COPY . .
RUN GOARCH=amd64 go build -o /out/app .

FROM --platform=$BUILDPLATFORM golang:1.22 AS build-arm64
WORKDIR /src
COPY . .
RUN GOARCH=arm64 go build -o /out/app .

ARG TARGETARCH
FROM build-${TARGETARCH} AS build

FROM alpine:3.20
COPY --from=build /out/app /app
