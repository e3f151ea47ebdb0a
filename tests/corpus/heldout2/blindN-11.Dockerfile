# corpus: modelled-on=Go service Dockerfile pinning the builder with FROM --platform=linux/amd64 (common after Apple-silicon build issues)
# corpus: expect=AL201@5
# syntax=docker/dockerfile:1
# Builder pinned so M1 laptops produce the same binary as CI.
FROM --platform=linux/amd64 golang:1.23-bookworm AS build
WORKDIR /go/src/github.com/acme/courier
ENV CGO_ENABLED=0 \
    GOFLAGS=-trimpath
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags "-s -w -X main.version=$(git describe --tags --always 2>/dev/null || echo dev)" \
      -o /out/courier ./cmd/courier

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/courier /courier
EXPOSE 8443
USER nonroot:nonroot
ENTRYPOINT ["/courier"]
