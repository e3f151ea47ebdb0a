# corpus: modelled-on=printf '[target.…] linker = …' > config.toml pattern (public rust cross images), native per-platform build
# corpus: expect=
FROM rust:1.83-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang mold \
 && rm -rf /var/lib/apt/lists/*
# Only the x86_64 section is needed: our CI measured mold gains on the amd64
# runners; on arm64 cargo simply ignores this table and uses the default cc.
RUN printf '%s\n' \
      '[target.x86_64-unknown-linux-gnu]' \
      'linker = "clang"' \
      'rustflags = ["-C", "link-arg=-fuse-ld=mold"]' \
      '' \
      '[net]' \
      'git-fetch-with-cli = true' \
    > "$CARGO_HOME/config.toml"
WORKDIR /usr/src/inkwell
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM debian:bookworm-slim
RUN useradd --system --uid 999 inkwell
COPY --from=build /usr/src/inkwell/target/release/inkwell /usr/local/bin/inkwell
USER inkwell
ENTRYPOINT ["inkwell"]
