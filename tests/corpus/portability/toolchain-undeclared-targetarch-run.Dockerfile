# corpus: modelled-on=BUILDPLATFORM Go builds that use $TARGETARCH without ARG in the stage
# corpus: expect=AL203@6
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
