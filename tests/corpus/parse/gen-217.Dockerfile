# syntax=docker/dockerfile:1
ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0

FROM scratch
COPY --link --from=build /out/app /
