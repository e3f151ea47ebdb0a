# corpus: modelled-on=Go images that map TARGETARCH in a case (e.g. community exporters)
# corpus: expect=
FROM golang:1.22 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) export GOARCH=amd64 ;; \
      arm64) export GOARCH=arm64 ;; \
      arm) export GOARCH=arm GOARM=7 ;; \
      *) echo "unsupported architecture ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    CGO_ENABLED=0 go build -o /out/exporter .
FROM busybox:1.36
COPY --from=build /out/exporter /bin/exporter
ENTRYPOINT ["/bin/exporter"]
