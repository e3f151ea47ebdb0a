# corpus: modelled-on=comorment/mixer src/scripts/install_miniconda3.sh rewritten as Miniforge with uname -m
# corpus: expect=
FROM debian:bookworm-slim
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8
ENV CONDA_DIR=/opt/conda
ENV PATH=${CONDA_DIR}/bin:${PATH}
ARG MINIFORGE_VERSION=24.3.0-0

RUN apt-get update \
    && apt-get install -y --no-install-recommends wget ca-certificates bzip2 git tini \
    && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    arch="$(uname -m)"; \
    wget -q -O /tmp/miniforge.sh \
        "https://github.com/conda-forge/miniforge/releases/download/${MINIFORGE_VERSION}/Miniforge3-${MINIFORGE_VERSION}-Linux-${arch}.sh"; \
    bash /tmp/miniforge.sh -b -p "${CONDA_DIR}"; \
    rm /tmp/miniforge.sh; \
    conda clean --tarballs --index-cache --packages --yes; \
    find "${CONDA_DIR}" -follow -type f -name '*.a' -delete

COPY environment.yml /tmp/
RUN mamba env update -n base -f /tmp/environment.yml && mamba clean -afy
ENTRYPOINT ["tini", "--"]
CMD ["python"]
