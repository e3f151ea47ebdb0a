# corpus: modelled-on=data-science image installing Miniconda from its self-extracting .sh installer
# corpus: expect=AL301@14,AL403@24
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive \
    CONDA_DIR=/opt/conda \
    PATH=/opt/conda/bin:$PATH
RUN apt-get update \
 && apt-get install -y --no-install-recommends wget bzip2 ca-certificates git libgl1 \
 && rm -rf /var/lib/apt/lists/*

ARG MINICONDA_VERSION=py311_23.11.0-2
# saved under a neutral name, executed in the next step
RUN wget -q -O /tmp/installer.sh https://repo.anaconda.com/miniconda/Miniconda3-${MINICONDA_VERSION}-Linux-x86_64.sh
RUN bash /tmp/installer.sh -b -p "$CONDA_DIR" \
 && rm -f /tmp/installer.sh \
 && conda config --system --set auto_update_conda false \
 && conda clean -afy

COPY environment.yml /tmp/environment.yml
RUN conda env update -n base -f /tmp/environment.yml && conda clean -afy

# opencv wheels look for the system GL libs here
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu:/opt/conda/lib

WORKDIR /home/jovyan
EXPOSE 8888
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--no-browser", "--allow-root"]
