# corpus: modelled-on=Dockerfiles keeping an amd64-only race-test stage next to the multi-arch image (never built by default)
# corpus: expect=
FROM golang:1.22 AS race
ENV CGO_ENABLED=1 GOARCH=amd64
WORKDIR /src
COPY . .
RUN go test -race ./...

FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM gcr.io/distroless/static
COPY --from=build /out/app /app
