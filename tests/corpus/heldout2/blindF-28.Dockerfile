# corpus: modelled-on=herewetest/golanghelloworld-style cross build plus a Rust UI helper; final stage left on BUILDPLATFORM
# corpus: expect=AL204@11,AL203@11,AL206@18,AL208@20
# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS api
ARG TARGETOS
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH:-amd64} \
    go build -trimpath -o /out/api ./cmd/api

FROM --platform=$BUILDPLATFORM rust:1.82-slim-bookworm AS thumbs
WORKDIR /thumbs
COPY thumbs/Cargo.toml thumbs/Cargo.lock ./
COPY thumbs/src ./src
RUN cargo build --release --locked

FROM --platform=$BUILDPLATFORM gcr.io/distroless/cc-debian12:nonroot
COPY --from=api /out/api /usr/local/bin/api
COPY --from=thumbs /thumbs/target/release/thumbs /usr/local/bin/thumbs
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/api"]
