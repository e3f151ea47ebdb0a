# corpus: modelled-on=images forcing CONDA_SUBDIR=linux-64 (a habit from Apple-silicon laptops)
# corpus: expect=AL205@4
FROM continuumio/miniconda3:24.5.0-0
ENV CONDA_SUBDIR=linux-64
RUN conda install -y -c conda-forge numpy scipy
