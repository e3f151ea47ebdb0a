# corpus: modelled-on=conda-forge miniforge-style image, installer URL built from several unquoted $VARS and uname -m
# corpus: expect=
FROM debian:bookworm-slim

ARG MINIFORGE_NAME=Miniforge3
ARG MINIFORGE_VERSION=23.11.0-0
ENV CONDA_DIR=/opt/conda \
    LANG=C.UTF-8 LC_ALL=C.UTF-8
ENV PATH=${CONDA_DIR}/bin:${PATH}

RUN apt-get update > /dev/null \
 && apt-get install --no-install-recommends --yes wget bzip2 ca-certificates git tini > /dev/null \
 && apt-get clean && rm -rf /var/lib/apt/lists/*

# the upstream asset names use uname -m directly: x86_64, aarch64, ppc64le
RUN wget --no-hsts --quiet https://github.com/conda-forge/miniforge/releases/download/${MINIFORGE_VERSION}/${MINIFORGE_NAME}-${MINIFORGE_VERSION}-Linux-$(uname -m).sh -O /tmp/miniforge.sh \
 && /bin/bash /tmp/miniforge.sh -b -p ${CONDA_DIR} \
 && rm /tmp/miniforge.sh \
 && conda clean --tarballs --index-cache --packages --yes \
 && find ${CONDA_DIR} -follow -type f -name '*.a' -delete \
 && conda clean --force-pkgs-dirs --all --yes \
 && echo ". ${CONDA_DIR}/etc/profile.d/conda.sh && conda activate base" >> /etc/skel/.bashrc

ENTRYPOINT ["tini", "--"]
CMD ["/bin/bash"]
