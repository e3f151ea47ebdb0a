# corpus: modelled-on=cargo triple from a TARGETPLATFORM case (blind batch 2: labelled before running archlint)
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.79 AS build
ARG TARGETPLATFORM
WORKDIR /src
COPY . .
RUN case $TARGETPLATFORM in \
      linux/amd64) ARCH=x86_64 ;; \
      linux/arm64) ARCH=aarch64 ;; \
      *) exit 1 ;; \
    esac && rustup target add $ARCH-unknown-linux-gnu && \
    cargo build --release --target $ARCH-unknown-linux-gnu && cp target/$ARCH-unknown-linux-gnu/release/app /app
FROM debian:bookworm-slim
COPY --from=build /app /app
