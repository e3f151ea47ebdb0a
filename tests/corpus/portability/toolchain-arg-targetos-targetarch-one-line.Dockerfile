# corpus: modelled-on=Go builders declaring several platform args with defaults on one ARG line
# corpus: expect=AL207@4
FROM golang:1.22 AS build
ARG TARGETOS=linux TARGETARCH=amd64
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM gcr.io/distroless/static
COPY --from=build /out/app /app
