# syntax = docker/dockerfile:1.4

# Build file for the service
ARG RUST_VERSION=1.77
FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0

FROM scratch
COPY --link --from=build /out/app /
