# corpus: modelled-on=go-toolset multi-stage on UBI 8 with GOOS/GOARCH pinned in ENV
# corpus: expect=AL204@7
FROM registry.access.redhat.com/ubi8/go-toolset:1.21 AS build

ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64 \
    GOFLAGS=-mod=vendor

WORKDIR /opt/app-root/src
COPY --chown=1001:0 . .
RUN go build -ldflags "-s -w -X main.version=$(git describe --tags --always)" \
      -o /opt/app-root/bin/exporter ./cmd/exporter

FROM registry.access.redhat.com/ubi8/ubi-minimal:8.10
RUN microdnf -y install shadow-utils \
    && useradd -r -u 1001 -g 0 exporter \
    && microdnf clean all
COPY --from=build /opt/app-root/bin/exporter /usr/bin/exporter
USER 1001
EXPOSE 9187
HEALTHCHECK CMD ["/usr/bin/exporter", "--healthcheck"]
ENTRYPOINT ["/usr/bin/exporter"]
