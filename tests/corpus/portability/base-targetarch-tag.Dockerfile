# corpus: modelled-on=projects publishing per-arch tags, selected with TARGETARCH
# corpus: expect=
ARG TARGETARCH
FROM ghcr.io/example/runtime-base:2.3-${TARGETARCH}
COPY dist/ /opt/app/
ENTRYPOINT ["/opt/app/run"]
