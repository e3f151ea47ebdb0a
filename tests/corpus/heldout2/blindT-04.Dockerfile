# corpus: modelled-on=julia tarball install scripts (julialang-s3 x64 path) with an ARG holding the arch
# corpus: expect=AL301@14,AL403@19
FROM ubuntu:24.04

ARG JULIA_MAJOR=1.10
ARG JULIA_VERSION=1.10.10
ARG JULIA_ARCH=x86_64

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl libgomp1 libopenblas0-pthread \
    && rm -rf /var/lib/apt/lists/*

# tarball layout: bin/linux/<x64|aarch64>/<major>/julia-<ver>-linux-<arch>.tar.gz
RUN curl -fsSL "https://julialang-s3.julialang.org/bin/linux/x64/${JULIA_MAJOR}/julia-${JULIA_VERSION}-linux-${JULIA_ARCH}.tar.gz" \
        | tar -xz -C /opt \
    && ln -s /opt/julia-${JULIA_VERSION}/bin/julia /usr/local/bin/julia

# make Julia use the system OpenBLAS instead of the bundled one
ENV LBT_DEFAULT_LIBS=/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3
ENV JULIA_DEPOT_PATH=/opt/julia-depot
ENV JULIA_NUM_THREADS=auto

COPY Project.toml Manifest.toml /opt/app/
WORKDIR /opt/app
RUN julia --project=. -e 'using Pkg; Pkg.instantiate(); Pkg.precompile()'
COPY src/ /opt/app/src/
CMD ["julia", "--project=.", "src/main.jl"]
