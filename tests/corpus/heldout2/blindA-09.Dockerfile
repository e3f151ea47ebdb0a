# corpus: modelled-on=comorment/mixer install_miniconda3.sh (hardcoded Linux-x86_64 installer) + CONDA_SUBDIR pinning seen in osx-arm64 workarounds
# corpus: expect=AL301@14,AL205@19
FROM debian:bookworm-slim

ARG MINIFORGE_VERSION=24.11.3-0
ENV CONDA_DIR=/opt/conda \
    LANG=C.UTF-8 LC_ALL=C.UTF-8
ENV PATH=${CONDA_DIR}/bin:${PATH}

RUN apt-get update \
 && apt-get install -y --no-install-recommends wget bzip2 ca-certificates tini \
 && rm -rf /var/lib/apt/lists/* \
 && wget --no-hsts -q -O /tmp/miniforge.sh \
      "https://github.com/conda-forge/miniforge/releases/download/${MINIFORGE_VERSION}/Miniforge3-${MINIFORGE_VERSION}-Linux-x86_64.sh" \
 && bash /tmp/miniforge.sh -b -p ${CONDA_DIR} \
 && rm /tmp/miniforge.sh

# keep solves identical to the lock generated on the CI runners
ENV CONDA_SUBDIR=linux-64
COPY environment.yml /tmp/environment.yml
RUN mamba env create -n pipeline -f /tmp/environment.yml \
 && conda clean -afy

WORKDIR /work
COPY pipeline/ /work/pipeline/
SHELL ["conda", "run", "--no-capture-output", "-n", "pipeline", "/bin/bash", "-c"]
ENTRYPOINT ["tini", "--", "conda", "run", "--no-capture-output", "-n", "pipeline"]
CMD ["python", "-m", "pipeline"]
