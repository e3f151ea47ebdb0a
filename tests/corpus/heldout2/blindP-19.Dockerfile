# corpus: modelled-on=jupyter/cuda-conda images that install Miniconda/Miniforge, but with $(uname -m) in the installer name
# corpus: expect=
FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04

ARG MINIFORGE_VERSION=24.3.0-0
ENV CONDA_DIR=/opt/conda \
    SHELL=/bin/bash \
    LANG=C.UTF-8
ENV PATH=${CONDA_DIR}/bin:${PATH}

RUN apt-get update && apt-get install -y --no-install-recommends \
        wget bzip2 ca-certificates git tini \
    && rm -rf /var/lib/apt/lists/*

# Miniforge ships Linux-x86_64 and Linux-aarch64 installers: uname -m yields exactly those names
RUN wget -q "https://github.com/conda-forge/miniforge/releases/download/${MINIFORGE_VERSION}/Miniforge3-${MINIFORGE_VERSION}-Linux-$(uname -m).sh" -O /tmp/miniforge.sh \
 && bash /tmp/miniforge.sh -b -p ${CONDA_DIR} \
 && rm /tmp/miniforge.sh \
 && conda clean -afy

COPY environment.yml /tmp/environment.yml
RUN mamba env update -n base -f /tmp/environment.yml && conda clean -afy

WORKDIR /workspace
EXPOSE 8888
ENTRYPOINT ["tini", "--"]
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--no-browser", "--allow-root"]
