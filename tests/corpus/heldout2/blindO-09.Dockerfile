# corpus: modelled-on=Rocky 9 GPU worker: NVIDIA CUDA rhel9 repo via dnf config-manager plus tuned CFLAGS
# corpus: expect=AL301@8,AL402@17,AL402@18
FROM rockylinux:9

RUN dnf -y install dnf-plugins-core epel-release \
    && dnf config-manager --set-enabled crb \
    && dnf config-manager --add-repo \
         https://developer.download.nvidia.com/compute/cuda/repos/rhel9/x86_64/cuda-rhel9.repo \
    && dnf -y install cuda-toolkit-12-6 gcc-c++ make cmake python3-devel \
    && dnf clean all

ENV CUDA_HOME=/usr/local/cuda \
    PATH=/usr/local/cuda/bin:$PATH \
    LD_LIBRARY_PATH=/usr/local/cuda/lib64:/usr/lib64

# RHEL 9 already assumes x86-64-v2; squeeze a bit more out of the kernels
ENV CFLAGS="-O3 -march=x86-64-v3 -pipe" \
    CXXFLAGS="-O3 -march=x86-64-v3 -pipe"

WORKDIR /opt/solver
COPY CMakeLists.txt ./
COPY src/ src/
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \
    && cmake --build build -j"$(nproc)" \
    && install -m 0755 build/solver /usr/local/bin/solver
USER 1000
ENTRYPOINT ["/usr/local/bin/solver"]
