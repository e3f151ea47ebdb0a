#syntax=docker/dockerfile:1-labs
ARG JDK=21
ARG DISTRO=jammy
FROM busybox:1.36
SHELL ["/bin/sh", "-ec"]
RUN ["echo", "exec form"]
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/x
CMD [ "sh" , "-c" , "echo $HOME" ]
ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost/"]
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
FROM ubuntu:22.04
ARG TARGETARCH
RUN set -eux; \
    arch="$(uname -m)"; \
    case "$arch" in \
        x86_64) url='https://example.org/tool-linux-x86_64.tar.gz' ;; \
        aarch64) url='https://example.org/tool-linux-aarch64.tar.gz' ;; \
        *) echo >&2 "error: unsupported architecture '$arch'"; exit 1 ;; \
    esac; \
    curl -fsSL "$url" | tar -xz -C /usr/local/bin


FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
