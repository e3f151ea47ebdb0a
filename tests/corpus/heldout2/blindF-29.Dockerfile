# corpus: modelled-on=docker docs multi-platform Go example (BUILDPLATFORM + GOARCH=$TARGETARCH), distroless runtime
# corpus: expect=
# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
# the builder runs natively (e.g. on amd64 CI) and cross-compiles for the target
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
ARG TARGETOS
ARG TARGETARCH
ARG TARGETVARIANT
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} GOARM=${TARGETVARIANT#v} \
    go build -trimpath -ldflags="-s -w" -o /out/webhook ./cmd/webhook

# nonroot tag, not an architecture tag
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/webhook /webhook
USER nonroot:nonroot
EXPOSE 9443
ENTRYPOINT ["/webhook"]
