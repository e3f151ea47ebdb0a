# corpus: modelled-on=BUILDPLATFORM Go builders that default TARGETARCH for local docker build
# corpus: expect=AL207@5
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS=linux
ARG TARGETARCH=amd64
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM gcr.io/distroless/static
COPY --from=build /out/app /app
