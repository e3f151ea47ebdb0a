# corpus: modelled-on=x186k/deadsfu-style Go service; GOARCH exported as a constant inside the build RUN
# corpus: expect=AL204@13,AL202@17
ARG GO_VERSION=1.23
FROM golang:${GO_VERSION}-bookworm AS build

WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .

# CI runners are x86; keep the binary identical to what we ship to prod
RUN --mount=type=cache,target=/root/.cache/go-build \
    export CGO_ENABLED=0 GOOS=linux GOARCH=amd64; \
    go build -trimpath -ldflags="-s -w -X main.version=$(git describe --tags --always)" \
      -o /out/sfu ./cmd/sfu

FROM --platform=$TARGETPLATFORM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/sfu /sfu
EXPOSE 8080/tcp 8443/udp
USER nonroot:nonroot
ENTRYPOINT ["/sfu"]
