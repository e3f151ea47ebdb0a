# corpus: modelled-on=Go Dockerfiles that keep an old ARG GOARCH=amd64 while every build passes GOARCH=$TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG GOARCH=amd64
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN go mod download
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
