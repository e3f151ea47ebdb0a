# corpus: modelled-on=alexeynavarkin/docker_exporter Dockerfile + ncabatoff/process-exporter (Go exporter cross-compiled from $BUILDPLATFORM)
# corpus: expect=
ARG GO_VERSION=1.23
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
WORKDIR /src

RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=bind,source=go.sum,target=go.sum \
    --mount=type=bind,source=go.mod,target=go.mod \
    go mod download

ARG TARGETOS
ARG TARGETARCH
# CI builders are amd64 hosts; the binary is produced for the requested target.
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/pgbouncer_exporter ./cmd/pgbouncer_exporter

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/pgbouncer_exporter /bin/pgbouncer_exporter
EXPOSE 9127
USER 65532:65532
ENTRYPOINT ["/bin/pgbouncer_exporter"]
