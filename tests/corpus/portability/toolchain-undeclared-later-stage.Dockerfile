# corpus: modelled-on=multi-stage files declaring ARG TARGETARCH in the first stage only
# corpus: expect=AL203@7
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETARCH
RUN GOARCH=$TARGETARCH go build -o /out/app-$TARGETARCH .
FROM alpine:3.20
COPY --from=build /out/app-${TARGETARCH} /app
