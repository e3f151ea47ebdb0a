# syntax = docker/dockerfile:1.4

# Build file for the service
ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
  FROM   alpine:3.19   AS   Final
	RUN	echo tabs
Run echo mixed case
maintainer someone@example.com
LABEL org.opencontainers.image.title="demo app" \
      org.opencontainers.image.version=1.0 \
      description='single quoted'
ENV PATH /usr/local/bin:$PATH
ENV A=1 B="two words" C='three' D=a\ b
EXPOSE 80 443/tcp
WORKDIR /srv/my app

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

FROM scratch
COPY --link --from=build /out/app /
