# corpus: modelled-on=a local conda channel pinned to the linux-64 subdir
# corpus: expect=AL403@5
FROM continuumio/miniconda3:24.5.0-0
COPY channel/ /opt/channel/
RUN conda install -y --offline /opt/channel/linux-64/mytool-1.2-h1234_0.conda
