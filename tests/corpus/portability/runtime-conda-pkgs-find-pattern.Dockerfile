# corpus: modelled-on=conda images cleaning package caches (a name pattern, not a path)
# corpus: expect=
FROM continuumio/miniconda3:24.5.0-0
RUN conda install -y -c conda-forge numpy \
 && find /opt/conda/pkgs/cache -name '*linux-64*' -delete
