ARG JDK=21
ARG DISTRO=jammy
from golang:alpine as build
run apk add --no-cache git make
workdir /build
copy . .
run make  build   BIN=/out/cli

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
