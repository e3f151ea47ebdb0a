# corpus: modelled-on=company Python ML scoring service installing Miniconda by hand and compiling a C extension with tuned flags
# corpus: expect=AL301@12,AL402@25
FROM debian:bookworm-slim

ENV CONDA_DIR=/opt/conda \
    PATH=/opt/conda/bin:$PATH \
    LANG=C.UTF-8
RUN apt-get update && apt-get install -y --no-install-recommends \
        wget bzip2 ca-certificates build-essential git libgomp1 \
    && rm -rf /var/lib/apt/lists/*

RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-py311_24.1.2-0-Linux-x86_64.sh -O /tmp/miniconda.sh \
    && bash /tmp/miniconda.sh -b -p "$CONDA_DIR" \
    && rm /tmp/miniconda.sh \
    && conda config --set channel_priority strict \
    && conda clean -afy

WORKDIR /srv/scoring
COPY environment.yml .
RUN conda env update -n base -f environment.yml && conda clean -afy

# in-house similarity kernel; flags from the benchmark on the c5 instances
COPY native/ native/
RUN cd native \
    && CFLAGS="-O3 -mavx2 -mfma" pip install --no-build-isolation . \
    && cd .. && rm -rf native

COPY scoring/ scoring/
RUN useradd -m -u 1000 scorer
USER scorer
EXPOSE 8000
CMD ["uvicorn", "scoring.api:app", "--host", "0.0.0.0", "--port", "8000"]
