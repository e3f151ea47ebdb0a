# corpus: modelled-on=apptainer PPA install scripts + jgm/pandoc release .deb installs (per-arch deb names)
# corpus: expect=
FROM ubuntu:24.04

ARG TARGETARCH
ARG PANDOC_VERSION=3.7.0.2
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends software-properties-common curl ca-certificates \
 && add-apt-repository -y ppa:apptainer/ppa \
 && apt-get update \
 && apt-get install -y --no-install-recommends apptainer squashfs-tools \
 && rm -rf /var/lib/apt/lists/*

# pandoc publishes pandoc-<ver>-1-amd64.deb and pandoc-<ver>-1-arm64.deb
RUN curl -fsSL -o /tmp/pandoc.deb \
      "https://github.com/jgm/pandoc/releases/download/${PANDOC_VERSION}/pandoc-${PANDOC_VERSION}-1-${TARGETARCH}.deb" \
 && dpkg -i /tmp/pandoc.deb \
 && rm /tmp/pandoc.deb

COPY defs/ /opt/defs/
COPY docs/ /opt/docs/
RUN pandoc /opt/docs/README.md -o /opt/docs/README.html
WORKDIR /opt/defs
CMD ["apptainer", "--version"]
