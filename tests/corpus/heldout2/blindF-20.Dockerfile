# corpus: modelled-on=docs/publishing image installing pandoc from the upstream .deb; comments interleaved with continuation lines
# corpus: expect=AL301@12,AL302@14
FROM debian:bookworm-slim

ARG PANDOC_VERSION=3.5
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl make texlive-xetex fonts-noto; \
# pandoc from upstream: the distro package is two years old
# (upstream publishes both amd64 and arm64 .deb files on the release page)
    curl -fsSLO \
      "https://github.com/jgm/pandoc/releases/download/${PANDOC_VERSION}/pandoc-${PANDOC_VERSION}-1-amd64.deb"; \
# install through apt so that dependencies are resolved
    apt-get install -y --no-install-recommends "./pandoc-${PANDOC_VERSION}-1-amd64.deb"; \
    rm -f ./pandoc-*.deb; \
    rm -rf /var/lib/apt/lists/*

RUN useradd --create-home writer
WORKDIR /docs
COPY --chown=writer Makefile templates/ ./
USER writer
ENTRYPOINT ["make"]
CMD ["pdf"]
