FROM alpine:3.20
COPY --from=gcr.io/distroless/static:nonroot /etc/passwd /etc/passwd
COPY --from=docker.io/library/busybox:1.36-musl /bin/busybox /bin/busybox
COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /uvx /bin/
RUN --mount=from=golang:1.22,source=/usr/local/go,target=/go go version || true
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0e3a5bd1a31 https://github.com/moby/buildkit/archive/refs/tags/v0.13.0.tar.gz /src.tgz
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.13.0 /buildkit
