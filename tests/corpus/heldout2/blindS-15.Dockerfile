# corpus: modelled-on=go-gitea/gitea Dockerfile.rootless, cross-compiled from BUILDPLATFORM with GOARCH=$TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.23-alpine3.20 AS build
ARG GITEA_VERSION=v1.22.4
ARG TARGETOS TARGETARCH
RUN apk add --no-cache git make nodejs npm
WORKDIR /src
RUN git clone --depth 1 --branch ${GITEA_VERSION} https://github.com/go-gitea/gitea.git . \
 && make frontend
# pure Go sqlite driver, so no C cross toolchain is needed for linux/amd64 or linux/arm64
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -tags "bindata timetzdata sqlite sqlite_unlock_notify" -ldflags "-s -w" -o /out/gitea .

FROM alpine:3.20
RUN apk add --no-cache bash ca-certificates dumb-init git gettext openssh-keygen \
 && addgroup -S -g 1000 git && adduser -S -H -D -h /var/lib/gitea/git -s /bin/bash -u 1000 -G git git \
 && mkdir -p /var/lib/gitea /etc/gitea && chown git:git /var/lib/gitea /etc/gitea
COPY --from=build /out/gitea /app/gitea/gitea
COPY docker/rootless /
USER 1000:1000
ENV GITEA_WORK_DIR=/var/lib/gitea HOME=/var/lib/gitea/git
EXPOSE 2222 3000
VOLUME ["/var/lib/gitea", "/etc/gitea"]
ENTRYPOINT ["/usr/bin/dumb-init", "--", "/app/gitea/gitea", "web"]
