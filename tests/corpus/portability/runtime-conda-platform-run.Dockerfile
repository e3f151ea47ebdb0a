# corpus: modelled-on=conda environments created with --platform linux-64 or CONDA_SUBDIR=linux-64 in RUN (Apple-silicon habits carried into Dockerfiles)
# corpus: expect=AL205@5,AL205@6
FROM continuumio/miniconda3:24.5.0-0
COPY environment.yml /tmp/environment.yml
RUN conda env create -f /tmp/environment.yml --platform linux-64
RUN CONDA_SUBDIR=linux-64 conda install -y -n base mkl
