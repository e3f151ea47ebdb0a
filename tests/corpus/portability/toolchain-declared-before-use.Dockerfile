# corpus: modelled-on=the same files with ARG TARGETARCH in every stage that uses it
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETARCH
RUN GOARCH=$TARGETARCH go build -o /out/app-$TARGETARCH .
FROM alpine:3.20
ARG TARGETARCH
COPY --from=build /out/app-${TARGETARCH} /app
