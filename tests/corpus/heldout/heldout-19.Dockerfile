# corpus: modelled-on=legendu-net/docker-conda Dockerfile and cailiang9/miniconda3-alpine Dockerfile
# corpus: expect=AL301@12
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
ENV PATH=/opt/conda/bin:$PATH

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates bzip2 gcc \
    && rm -rf /var/lib/apt/lists/*

ARG MINICONDA=Miniconda3-py311_24.4.0-0-Linux-x86_64.sh
RUN curl -fsSL https://repo.anaconda.com/miniconda/${MINICONDA} -o /tmp/miniconda.sh \
    && bash /tmp/miniconda.sh -bfp /opt/conda \
    && rm -f /tmp/miniconda.sh \
    && conda update -y -n base conda \
    && conda install -y -c conda-forge conda-pack \
    && conda clean --all --yes

COPY environment.yml /tmp/environment.yml
RUN conda env update -n base -f /tmp/environment.yml && conda clean -afy
RUN echo 'export PATH=/opt/conda/bin:$PATH' >> /etc/profile
WORKDIR /root
CMD ["python"]
