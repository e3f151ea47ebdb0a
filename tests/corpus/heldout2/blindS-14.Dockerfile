# corpus: modelled-on=gitea self-built image with a buildx-friendly builder stage (but the cross target was forgotten)
# corpus: expect=AL206@12
FROM --platform=$BUILDPLATFORM golang:1.23-alpine3.20 AS build
ARG GITEA_VERSION=v1.22.4
ARG TARGETOS
ARG TARGETARCH
RUN apk add --no-cache git make nodejs npm
WORKDIR /go/src/code.gitea.io/gitea
RUN git clone --depth 1 --branch ${GITEA_VERSION} https://github.com/go-gitea/gitea.git . \
 && make frontend
ENV CGO_ENABLED=0
RUN go build -trimpath -tags "bindata timetzdata sqlite sqlite_unlock_notify" \
      -ldflags "-s -w -X main.Version=${GITEA_VERSION#v}" -o /out/gitea .

FROM alpine:3.20
RUN apk add --no-cache bash ca-certificates git openssh-keygen tini su-exec \
 && addgroup -S -g 1000 git && adduser -S -H -D -h /data/git -s /bin/bash -u 1000 -G git git
COPY --from=build /out/gitea /app/gitea/gitea
COPY docker/rootless /
ENV GITEA_WORK_DIR=/var/lib/gitea GITEA_CUSTOM=/var/lib/gitea/custom
USER 1000:1000
EXPOSE 2222 3000
VOLUME ["/var/lib/gitea", "/etc/gitea"]
ENTRYPOINT ["/sbin/tini", "--", "/app/gitea/gitea", "web"]
