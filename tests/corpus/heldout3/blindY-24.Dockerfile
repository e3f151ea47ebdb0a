# corpus: modelled-on=tauri-apps Linux bundling in Docker (cargo tauri build -> .deb/.AppImage exported from a scratch stage)
# corpus: expect=AL403@11,AL402@12,AL205@20
FROM rust:1.82-bookworm AS build

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev \
      libssl-dev file patchelf nodejs npm \
 && rm -rf /var/lib/apt/lists/*

ENV PKG_CONFIG_PATH=/usr/lib/x86_64-linux-gnu/pkgconfig \
    RUSTFLAGS="-C target-cpu=native" \
    CARGO_TERM_COLOR=never

RUN cargo install tauri-cli --version "^2.0" --locked
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN cargo tauri build --bundles deb,appimage --target x86_64-unknown-linux-gnu \
 && mkdir -p /out \
 && cp src-tauri/target/*/release/bundle/deb/*.deb src-tauri/target/*/release/bundle/appimage/*.AppImage /out/

# `docker buildx build --target artifacts -o dist .` exports the bundles
FROM scratch AS artifacts
COPY --from=build /out/ /
