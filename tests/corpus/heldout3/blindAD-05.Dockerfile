# corpus: modelled-on=Go toolchain tarball for the BUILD host ($BUILDARCH) + GOOS/GOARCH from TARGET* (docker blog cross-compilation guide pattern)
# corpus: expect=
FROM --platform=$BUILDPLATFORM debian:bookworm-slim AS toolchain
ARG BUILDARCH
ARG GO_VERSION=1.22.5
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git \
    && rm -rf /var/lib/apt/lists/*
# the compiler runs on the build host, so fetch the host's Go (linux-amd64 on our CI runners)
RUN curl -fsSL "https://go.dev/dl/go${GO_VERSION}.linux-${BUILDARCH}.tar.gz" \
        | tar -C /usr/local -xz
ENV PATH=/usr/local/go/bin:/root/go/bin:$PATH

FROM toolchain AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/relayd ./cmd/relayd

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/relayd /relayd
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/relayd"]
