# corpus: modelled-on=intel/ai-reference-models intel-mpi-ccl.partial.Dockerfile + oneAPI HPC kit images (ifx + Intel MPI)
# corpus: expect=AL304@12,AL303@17,AL402@21
FROM ubuntu:22.04

RUN apt-get update && apt-get install -y --no-install-recommends curl gpg ca-certificates make \
 && curl -fsSL https://apt.repos.intel.com/intel-gpg-keys/GPG-PUB-KEY-INTEL-SW-PRODUCTS.PUB \
      | gpg --dearmor > /usr/share/keyrings/oneapi-archive-keyring.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/oneapi-archive-keyring.gpg] https://apt.repos.intel.com/oneapi all main" \
      > /etc/apt/sources.list.d/oneAPI.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      intel-oneapi-compiler-fortran intel-oneapi-compiler-dpcpp-cpp intel-oneapi-mpi-devel \
 && rm -rf /var/lib/apt/lists/*

SHELL ["/bin/bash", "-c"]
# vendor-supplied proprietary EOS library (only built for x86_64)
COPY vendor/eoslib/linux-x86_64/libeos.so /opt/eos/lib/
COPY src/ /build/src/
WORKDIR /build
RUN source /opt/intel/oneapi/setvars.sh \
 && icx -O3 -mavx2 -c src/kernels.c -o kernels.o \
 && ifx -O3 -qopenmp src/*.f90 kernels.o -L/opt/eos/lib -leos -o /usr/local/bin/wave3d

ENV LD_LIBRARY_PATH=/opt/eos/lib
RUN echo 'source /opt/intel/oneapi/setvars.sh >/dev/null' >> /etc/bash.bashrc
ENTRYPOINT ["/bin/bash", "-lc", "mpirun -n ${NP:-4} wave3d"]
