# corpus: modelled-on=seqeralabs/seqera-kit + micromamba bioconda images; Miniforge installer and GATK JVM options
# corpus: expect=AL301@12,AL401@21,AL403@22
FROM debian:bookworm-slim

ENV CONDA_DIR=/opt/conda
ENV PATH=${CONDA_DIR}/bin:${PATH}

RUN apt-get update && apt-get install -y --no-install-recommends wget ca-certificates bzip2 procps \
    && rm -rf /var/lib/apt/lists/*

RUN wget -q -O /tmp/miniforge.sh \
        https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh \
    && bash /tmp/miniforge.sh -b -p ${CONDA_DIR} \
    && rm /tmp/miniforge.sh

COPY environment.yml /tmp/environment.yml
RUN mamba env update -n base -f /tmp/environment.yml \
    && mamba clean --all --yes

# GATK / Picard run on the JVM from the env
ENV JAVA_TOOL_OPTIONS="-XX:+UseParallelGC -XX:UseAVX=2 -XX:MaxRAMPercentage=80"
ENV LD_LIBRARY_PATH=${CONDA_DIR}/lib:/usr/lib/x86_64-linux-gnu

WORKDIR /data
ENTRYPOINT ["gatk"]
