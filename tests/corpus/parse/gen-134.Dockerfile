# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG BASE_IMAGE=debian:bookworm-slim
FROM golang:1.21 AS builder
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /go/src/app
COPY . .
RUN go build -o /bin/server .
FROM scratch
COPY --from=build /out/app /app
USER 65532:65532
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app"]

FROM --platform=$BUILDPLATFORM rust:${RUST_VERSION}-slim AS build
ARG TARGETARCH
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-musl > /target ;; \
      arm64) echo aarch64-unknown-linux-musl > /target ;; \
      *) echo "unsupported $TARGETARCH"; exit 1 ;; \
    esac && rustup target add "$(cat /target)"
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --target "$(cat /target)" && \
    cp target/"$(cat /target)"/release/app /app


FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
