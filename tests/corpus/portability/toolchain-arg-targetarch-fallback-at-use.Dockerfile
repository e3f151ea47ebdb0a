# corpus: modelled-on=Dockerfiles that support the classic builder with a fallback at the use site
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
RUN arch="${TARGETARCH:-$(dpkg --print-architecture)}"; \
    echo "building for $arch" > /etc/build-arch
