# corpus: modelled-on=ipfs/kubo Dockerfile (BUILDPLATFORM builder + tini + busybox runtime)
# corpus: expect=AL203@15,AL301@20
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS builder

ENV SRC_DIR=/kubo
# Download packages first so they can be cached.
COPY go.mod go.sum $SRC_DIR/
RUN cd $SRC_DIR && go mod download
COPY . $SRC_DIR

ARG IPFS_PLUGINS
ARG MAKE_TARGET=build
RUN cd $SRC_DIR \
  && mkdir -p .git/objects \
  && GOOS=linux GOARCH=$TARGETARCH GOFLAGS=-buildvcs=false make ${MAKE_TARGET} IPFS_PLUGINS="$IPFS_PLUGINS"

# Get su-exec and tini, both tiny
ENV TINI_VERSION=v0.19.0
RUN set -eux; \
    wget -q -O /tini "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-amd64"; \
    chmod +x /tini

FROM busybox:1.36-glibc
COPY --from=builder /kubo/cmd/ipfs/ipfs /usr/local/bin/ipfs
COPY --from=builder /kubo/bin/container_init_run /usr/local/bin/start_ipfs
COPY --from=builder /tini /sbin/tini
ENV IPFS_PATH=/data/ipfs
RUN mkdir -p $IPFS_PATH && adduser -D -h $IPFS_PATH -u 1000 -G users ipfs && chown ipfs:users $IPFS_PATH
USER ipfs
EXPOSE 4001 4001/udp 5001 8080 8081
VOLUME $IPFS_PATH
ENTRYPOINT ["/sbin/tini", "--", "/usr/local/bin/start_ipfs"]
CMD ["daemon", "--migrate=true", "--agent-version-suffix=docker"]
