# corpus: modelled-on=ipfs/kubo Dockerfile (current multi-arch form with ${BUILDPLATFORM:-linux/amd64})
# corpus: expect=
FROM --platform=${BUILDPLATFORM:-linux/amd64} golang:1.23 AS builder

ARG TARGETOS TARGETARCH

ENV SRC_DIR=/kubo
COPY go.mod go.sum $SRC_DIR/
RUN cd $SRC_DIR && go mod download
COPY . $SRC_DIR

ARG MAKE_TARGET=build
RUN cd $SRC_DIR \
  && mkdir -p .git/objects \
  && CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOFLAGS=-buildvcs=false make ${MAKE_TARGET}

# tini publishes tini-static-amd64 / tini-static-arm64, which match Docker's arch names
ENV TINI_VERSION=v0.19.0
ADD --chmod=0755 https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${TARGETARCH} /tini

FROM busybox:stable-glibc
COPY --from=builder /kubo/cmd/ipfs/ipfs /usr/local/bin/ipfs
COPY --from=builder /kubo/bin/container_init_run /usr/local/bin/start_ipfs
COPY --from=builder /tini /sbin/tini
ENV IPFS_PATH=/data/ipfs
RUN mkdir -p $IPFS_PATH /container-init.d \
 && adduser -D -h $IPFS_PATH -u 1000 -G users ipfs \
 && chown ipfs:users $IPFS_PATH
USER ipfs
EXPOSE 4001 4001/udp 5001 8080 8081
VOLUME $IPFS_PATH
HEALTHCHECK --interval=30s CMD ipfs --api=/ip4/127.0.0.1/tcp/5001 dag stat /ipfs/QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn || exit 1
ENTRYPOINT ["/sbin/tini", "--", "/usr/local/bin/start_ipfs"]
CMD ["daemon", "--migrate=true"]
