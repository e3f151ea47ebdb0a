# corpus: modelled-on=HPL/STREAM benchmark images (ereyes01/linpack, qnib/docker-hpcg); per-arch gfortran tuning via uname -m
# corpus: expect=
FROM gcc:14-bookworm

RUN apt-get update && apt-get install -y --no-install-recommends \
        libopenmpi-dev openmpi-bin libopenblas-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/stream
COPY stream.f stream_mpi.f90 mysecond.c Makefile ./

# x86_64 nodes get AVX2 code, aarch64 (Graviton/Grace) nodes get Neoverse tuning
RUN set -eux; \
    case "$(uname -m)" in \
        x86_64)  ARCHFLAGS="-march=x86-64-v3 -mavx2 -mfma" ;; \
        aarch64) ARCHFLAGS="-mcpu=neoverse-n1" ;; \
        *)       ARCHFLAGS="" ;; \
    esac; \
    gcc -O2 -c mysecond.c; \
    gfortran -O3 $ARCHFLAGS -fopenmp stream.f mysecond.o -o stream_f; \
    mpif90 -O3 $ARCHFLAGS -fopenmp stream_mpi.f90 mysecond.o -o stream_mpi; \
    install -m 0755 stream_f stream_mpi /usr/local/bin/

ENV OMP_NUM_THREADS=4 OMP_PROC_BIND=spread
RUN useradd -m bench
USER bench
CMD ["stream_f"]
