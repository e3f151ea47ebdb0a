# corpus: modelled-on=BUILDPLATFORM Rust stages installing a CLI from crates.io for the image
# corpus: expect=AL206@4
FROM --platform=$BUILDPLATFORM rust:1.79 AS tools
RUN cargo install --locked ripgrep
FROM debian:bookworm-slim
COPY --from=tools /usr/local/cargo/bin/rg /usr/local/bin/rg
