# corpus: modelled-on=mamba-org/micromamba-docker install + bioconda env images (linux-64 vs linux-aarch64 subdirs)
# corpus: expect=
FROM debian:bookworm-slim AS base

ARG TARGETARCH
ENV MAMBA_ROOT_PREFIX=/opt/conda PATH=/opt/conda/bin:${PATH}

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates bzip2 \
    && rm -rf /var/lib/apt/lists/*

# conda subdir names differ from Docker's: amd64 -> linux-64, arm64 -> linux-aarch64
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) subdir=linux-64 ;; \
      arm64) subdir=linux-aarch64 ;; \
      *) echo "unsupported arch ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://micro.mamba.pm/api/micromamba/${subdir}/latest" \
      | tar -xj -C /usr/local bin/micromamba; \
    micromamba --version

COPY env/rnaseq.yml /tmp/env.yml
RUN micromamba install -y -n base -c conda-forge -c bioconda -f /tmp/env.yml \
    && micromamba clean --all --yes

WORKDIR /data
ENTRYPOINT ["micromamba", "run", "-n", "base"]
CMD ["salmon", "--version"]
