# corpus: modelled-on=buildx docs: per-architecture stages picked with COPY --from=stage-${TARGETARCH}, multi-arch tool images in COPY --from and RUN --mount=from
# corpus: expect=
FROM alpine:3.20 AS tools-amd64
RUN echo amd64 > /arch
FROM alpine:3.20 AS tools-arm64
RUN echo arm64 > /arch
FROM debian:bookworm-slim
ARG TARGETARCH
COPY --from=tools-${TARGETARCH} /arch /etc/tools-arch
COPY --from=busybox:1.36 /bin/busybox /bin/busybox
RUN --mount=from=tonistiigi/xx:1.4.0,target=/xx /xx/usr/bin/xx-info
