# corpus: modelled-on=Go service (prometheus exporter style) cross-compiled on $BUILDPLATFORM, version stamped with sed
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
RUN apk add --no-cache git make
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .

ARG VERSION=dev
# stamp the version into the source; the Makefile's old "GOARCH ?= amd64" line is dropped
RUN sed -i "s/^const Version = .*/const Version = \"${VERSION}\"/" internal/version/version.go \
 && sed -i '/^GOARCH ?=/d' Makefile

ARG TARGETOS TARGETARCH
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/exporter ./cmd/exporter

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/exporter /exporter
EXPOSE 9100
USER nonroot:nonroot
ENTRYPOINT ["/exporter"]
