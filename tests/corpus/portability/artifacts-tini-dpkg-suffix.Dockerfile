# corpus: modelled-on=docker-library style tini install with the dpkg architecture suffix
# corpus: expect=
FROM debian:bookworm-slim
ENV TINI_VERSION=v0.19.0
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    curl -fsSLo /usr/bin/tini "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${arch}"; \
    chmod +x /usr/bin/tini
