#syntax=docker/dockerfile:1-labs
ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
FROM alpine AS a
FROM a AS b
FROM b
COPY --from=0 /etc/os-release /a
COPY --from=a /etc/os-release /b
RUN --mount=from=b,source=/etc,target=/mnt ls /mnt
ARG CACHEBUST=1
ARG EMPTY=
ARG QUOTED="a b"
