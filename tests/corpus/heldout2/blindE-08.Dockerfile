# corpus: modelled-on=Raspberry Pi SDR relay (rtl_433 bridge) Go image, GOARM pinned in ENV while arm/v6 is requested
# corpus: expect=AL204@7
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/arm/v6
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS TARGETARCH
ENV CGO_ENABLED=0 \
    GOARM=7 \
    GOFLAGS=-mod=readonly
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /bin/rtl433-relay .

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates rtl-433 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /bin/rtl433-relay /usr/local/bin/
USER nobody
ENTRYPOINT ["/usr/local/bin/rtl433-relay"]
