# corpus: modelled-on=mamba-org/micromamba-docker style installer on debian-slim, conda subdir mapped from TARGETARCH
# corpus: expect=
FROM debian:bookworm-slim

ARG TARGETARCH
ARG MAMBA_VERSION=2.0.5
ENV MAMBA_ROOT_PREFIX=/opt/conda \
    PATH=/opt/conda/bin:/usr/local/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl bzip2 \
 && rm -rf /var/lib/apt/lists/*

# conda subdirs: amd64 -> linux-64, arm64 -> linux-aarch64
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) MM_SUBDIR=linux-64 ;; \
      arm64) MM_SUBDIR=linux-aarch64 ;; \
      *) echo "no micromamba build for ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://micro.mamba.pm/api/micromamba/${MM_SUBDIR}/${MAMBA_VERSION}" \
      | tar -xj -C /usr/local bin/micromamba; \
    micromamba --version

COPY env.yaml /tmp/env.yaml
RUN micromamba install -y -n base -f /tmp/env.yaml \
 && micromamba clean --all --yes \
 && rm /tmp/env.yaml

WORKDIR /work
COPY . .
ENTRYPOINT ["micromamba", "run", "-n", "base"]
CMD ["python", "pipeline.py"]
