# corpus: modelled-on=Rust BLE-to-MQTT gateway built on BUILDPLATFORM with pinned musl target
# corpus: expect=AL205@19
FROM --platform=$BUILDPLATFORM rust:1.82-alpine AS build
ARG TARGETARCH
RUN apk add --no-cache musl-dev dbus-dev pkgconf
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src ./src

RUN case "$TARGETARCH" in \
        amd64) echo x86_64-unknown-linux-musl > /rust_target ;; \
        arm64) echo aarch64-unknown-linux-musl > /rust_target ;; \
        *) echo "unsupported $TARGETARCH"; exit 1 ;; \
    esac \
    && rustup target add "$(cat /rust_target)"

# the release profile is tuned for the gateway CPUs
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked --target x86_64-unknown-linux-musl \
    && cp target/x86_64-unknown-linux-musl/release/ble2mqtt /ble2mqtt

FROM alpine:3.20
RUN apk add --no-cache dbus bluez-libs
COPY --from=build /ble2mqtt /usr/bin/ble2mqtt
CMD ["/usr/bin/ble2mqtt", "--config", "/config/ble2mqtt.toml"]
