# corpus: modelled-on=Lewkow/MPI-Monte-Carlo Dockerfile + ereyes01/linpack (-march flags): Fortran/OpenMPI build
# corpus: expect=AL304@7,AL402@13,AL402@14,AL403@22
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential gfortran gcc-multilib \
        libopenmpi-dev openmpi-bin libopenblas-dev liblapack-dev \
        cmake make git \
    && rm -rf /var/lib/apt/lists/*

# tuned for the cluster's Haswell nodes
ENV FFLAGS="-O3 -march=haswell -mavx2 -mfma -funroll-loops"
ENV CFLAGS="-O3 -march=haswell"

WORKDIR /src
COPY CMakeLists.txt ./
COPY src/ ./src/
RUN cmake -S . -B build \
        -DCMAKE_Fortran_COMPILER=mpif90 \
        -DCMAKE_Fortran_FLAGS="${FFLAGS}" \
        -DBLAS_LIBRARIES=/usr/lib/x86_64-linux-gnu/libopenblas.so \
    && cmake --build build -j"$(nproc)" \
    && cmake --install build --prefix /opt/mc

RUN useradd -m runner
USER runner
ENV OMPI_MCA_btl_vader_single_copy_mechanism=none
CMD ["mpirun", "-np", "4", "/opt/mc/bin/mc_transport"]
