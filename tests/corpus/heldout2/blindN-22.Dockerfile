# corpus: modelled-on=distroless Go image with an arch-suffixed tag (gcr.io/distroless/static-debian12:nonroot-amd64) after a digest-pinning change
# corpus: expect=AL209@18
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags "-s -w" -o /out/ratelimiter ./cmd/ratelimiter

# Renovate pins the tag below; the plain :nonroot tag kept flapping our digest.
# The multi-arch build (amd64 + arm64) still works because the binary above is
# cross-compiled for $TARGETARCH.
# TODO(ops): revisit once renovate supports manifest lists for this registry
FROM gcr.io/distroless/static-debian12:nonroot-amd64
COPY --from=build /out/ratelimiter /ratelimiter
EXPOSE 8081
USER nonroot:nonroot
ENTRYPOINT ["/ratelimiter"]
