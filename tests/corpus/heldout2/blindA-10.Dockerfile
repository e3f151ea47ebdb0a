# corpus: modelled-on=conda-forge/miniforge-images ubuntu/Dockerfile (Linux-$(uname -m) installer) + krallin/tini by dpkg arch
# corpus: expect=
FROM ubuntu:24.04

ARG MINIFORGE_NAME=Miniforge3
ARG MINIFORGE_VERSION=25.3.1-0
ARG TINI_VERSION=v0.19.0

ENV CONDA_DIR=/opt/conda \
    LANG=C.UTF-8 LC_ALL=C.UTF-8
ENV PATH=${CONDA_DIR}/bin:${PATH}

# conda itself picks linux-64 on x86_64 and linux-aarch64 on arm64 hosts,
# so only the installer name needs the machine type.
RUN apt-get update > /dev/null \
 && apt-get install --no-install-recommends -y wget bzip2 ca-certificates git > /dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && dpkgArch="$(dpkg --print-architecture)" \
 && wget --no-hsts -q -O /usr/local/bin/tini \
      "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-${dpkgArch}" \
 && chmod +x /usr/local/bin/tini \
 && wget --no-hsts -q -O /tmp/miniforge.sh \
      "https://github.com/conda-forge/miniforge/releases/download/${MINIFORGE_VERSION}/${MINIFORGE_NAME}-${MINIFORGE_VERSION}-Linux-$(uname -m).sh" \
 && bash /tmp/miniforge.sh -b -p ${CONDA_DIR} \
 && rm /tmp/miniforge.sh \
 && conda clean --tarballs --index-cache --packages --yes \
 && echo ". ${CONDA_DIR}/etc/profile.d/conda.sh && conda activate base" >> /etc/skel/.bashrc

COPY environment.yml /tmp/environment.yml
RUN mamba env update -n base -f /tmp/environment.yml && conda clean -afy

ENTRYPOINT ["tini", "--"]
CMD ["/bin/bash"]
