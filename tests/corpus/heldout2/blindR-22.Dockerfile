# corpus: modelled-on=etcd release tarball Dockerfiles (etcd-io/etcd Dockerfile-release, bitnami etcd) with per-arch gcr tags
# corpus: expect=AL207@6,AL209@18
FROM debian:bookworm-slim

ARG ETCD_VERSION=v3.5.17
ARG TARGETARCH=amd64

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL "https://github.com/etcd-io/etcd/releases/download/${ETCD_VERSION}/etcd-${ETCD_VERSION}-linux-${TARGETARCH}.tar.gz" \
      | tar -xz --strip-components=1 -C /usr/local/bin \
        "etcd-${ETCD_VERSION}-linux-${TARGETARCH}/etcd" \
        "etcd-${ETCD_VERSION}-linux-${TARGETARCH}/etcdutl"

# etcdctl comes from the upstream image so it matches the server build exactly
COPY --from=gcr.io/etcd-development/etcd:v3.5.17-amd64 /usr/local/bin/etcdctl /usr/local/bin/etcdctl

RUN mkdir -p /var/etcd /var/lib/etcd
ENV ETCD_DATA_DIR=/var/etcd/data
EXPOSE 2379 2380
HEALTHCHECK CMD etcdctl endpoint health || exit 1
CMD ["/usr/local/bin/etcd"]
