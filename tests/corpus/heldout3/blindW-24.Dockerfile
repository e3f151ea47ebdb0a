# corpus: modelled-on=devcontainers/images cpp Dockerfile extended for 32-bit test builds and tuned flags
# corpus: expect=AL402@7,AL402@8,AL304@11,AL304@14
FROM mcr.microsoft.com/devcontainers/cpp:1-bookworm

ARG REINSTALL_CMAKE_VERSION_FROM_SOURCE="none"
ENV CC=gcc CXX=g++ \
    CFLAGS="-O2 -pipe -march=x86-64-v3" \
    CXXFLAGS="-O2 -pipe -march=x86-64-v3"

# 32-bit targets are part of the test matrix
RUN dpkg --add-architecture i386 \
    && apt-get update && export DEBIAN_FRONTEND=noninteractive \
    && apt-get -y install --no-install-recommends \
        gcc-multilib g++-multilib \
        ninja-build ccache clang-tidy valgrind gdb \
    && apt-get autoremove -y && apt-get clean -y && rm -rf /var/lib/apt/lists/*

COPY ./reinstall-cmake.sh /tmp/
RUN if [ "${REINSTALL_CMAKE_VERSION_FROM_SOURCE}" != "none" ]; then \
        chmod +x /tmp/reinstall-cmake.sh && /tmp/reinstall-cmake.sh ${REINSTALL_CMAKE_VERSION_FROM_SOURCE}; \
    fi \
    && rm -f /tmp/reinstall-cmake.sh

USER vscode
RUN git config --global core.editor "code --wait"
