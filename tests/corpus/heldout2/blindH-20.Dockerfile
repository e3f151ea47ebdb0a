# corpus: modelled-on=lab Jupyter image on ubuntu:24.04 installing Miniforge by `uname -m`
# corpus: expect=
FROM ubuntu:24.04

ENV DEBIAN_FRONTEND=noninteractive \
    CONDA_DIR=/opt/conda \
    PATH=/opt/conda/bin:$PATH

RUN apt-get update && apt-get install -y --no-install-recommends \
        curl ca-certificates git tini fonts-dejavu \
    && rm -rf /var/lib/apt/lists/*

# Miniforge publishes x86_64 and aarch64 installers named after uname -m
RUN curl -fsSL -o /tmp/miniforge.sh \
        "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-$(uname -m).sh" \
    && bash /tmp/miniforge.sh -b -p "$CONDA_DIR" \
    && rm /tmp/miniforge.sh

COPY environment.yml /tmp/environment.yml
RUN mamba env update -n base -f /tmp/environment.yml \
    && mamba clean -afy

RUN useradd -m -s /bin/bash jovyan
USER jovyan
WORKDIR /home/jovyan/work
EXPOSE 8888
ENTRYPOINT ["tini", "--"]
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--no-browser"]
