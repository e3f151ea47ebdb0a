# syntax = docker/dockerfile:1.4

# Build file for the service
ARG  REGISTRY=docker.io
ARG TAG
FROM alpine:3.20
RUN <<-'SCRIPT'
	#!/bin/sh
	echo "literal $HOME"
	SCRIPT
COPY <<EOF /etc/app/config.ini
[server]
port = 8080
EOF
FROM rust:1.76 as planner
WORKDIR /app
RUN cargo install cargo-chef
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM rust:1.76 as cacher
WORKDIR /app
RUN cargo install cargo-chef
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --target x86_64-unknown-linux-gnu --recipe-path recipe.json
FROM alpine
RUN echo one \
\
    two
RUN echo a \

  b
RUN echo trailing \   
  spaces
RUN echo escaped \\
RUN echo "hash # not a comment" # still not a comment
    # indented comment
RUN echo done

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
