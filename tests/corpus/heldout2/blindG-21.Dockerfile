# corpus: modelled-on=project image built on docker-library/golang with BuildKit cross-compilation to distroless
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.25-bookworm AS build

WORKDIR /src
ENV CGO_ENABLED=0 GOTOOLCHAIN=local

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .

# the toolchain runs natively on the build host (usually amd64) and emits
# binaries for whichever platform is being assembled
ARG TARGETOS TARGETARCH TARGETVARIANT
RUN --mount=type=cache,target=/go/pkg/mod \
	--mount=type=cache,target=/root/.cache/go-build \
	GOOS=$TARGETOS GOARCH=$TARGETARCH GOARM=${TARGETVARIANT#v} \
	go build -trimpath -ldflags="-s -w" -o /out/relay ./cmd/relay

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/relay /usr/local/bin/relay
USER nonroot:nonroot
EXPOSE 8443
ENTRYPOINT ["/usr/local/bin/relay"]
