# corpus: modelled-on=homebox-style Go app with go-sqlite3 (cgo) built in a BUILDPLATFORM stage; riscv64 board target
# corpus: expect=AL206@12,AL208@14
# corpus: platforms=linux/amd64,linux/arm64,linux/riscv64
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# mattn/go-sqlite3 needs cgo
RUN CGO_ENABLED=1 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -tags "sqlite_omit_load_extension" -ldflags "-s -w" -o /out/homebox ./app/api

FROM --platform=$BUILDPLATFORM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/*
ENV HBOX_MODE=production \
    HBOX_STORAGE_DATA=/data/
WORKDIR /app
COPY --from=build /out/homebox /app/homebox
VOLUME ["/data"]
EXPOSE 7745
HEALTHCHECK --interval=30s --timeout=5s CMD ["/app/homebox", "healthcheck"]
ENTRYPOINT ["/app/homebox"]
