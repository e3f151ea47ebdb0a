# corpus: modelled-on=Hyperledger Fabric tools image built from the fabric release binaries (bootstrap.sh / install-fabric.sh logic)
# corpus: expect=
FROM ubuntu:22.04

ARG FABRIC_VERSION=2.5.10
ARG FABRIC_CA_VERSION=1.5.13
ENV DEBIAN_FRONTEND=noninteractive

# default-jdk-headless gives an arch-neutral /usr/lib/jvm/default-java symlink for Java chaincode builds
RUN apt-get update && apt-get install -y --no-install-recommends \
      ca-certificates curl jq git default-jdk-headless \
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/default-java

# Fabric publishes linux-amd64 and linux-arm64 tarballs since 2.5
RUN set -eux; \
    ARCH="$(dpkg --print-architecture)"; \
    curl -fsSL "https://github.com/hyperledger/fabric/releases/download/v${FABRIC_VERSION}/hyperledger-fabric-linux-${ARCH}-${FABRIC_VERSION}.tar.gz" \
      | tar -xz -C /usr/local bin; \
    curl -fsSL "https://github.com/hyperledger/fabric-ca/releases/download/v${FABRIC_CA_VERSION}/hyperledger-fabric-ca-linux-${ARCH}-${FABRIC_CA_VERSION}.tar.gz" \
      | tar -xz -C /usr/local bin; \
    peer version

ENV FABRIC_CFG_PATH=/etc/hyperledger/fabric
COPY config/ /etc/hyperledger/fabric/
WORKDIR /opt/gopath/src/github.com/hyperledger/fabric/peer
CMD ["/bin/bash"]
