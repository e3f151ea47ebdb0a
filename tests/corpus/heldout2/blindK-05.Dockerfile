# corpus: modelled-on=btls/debian cdev style: conan profile selected per TARGETPLATFORM (native build, no cross)
# corpus: expect=
FROM ubuntu:24.04

ARG TARGETPLATFORM
ARG CONAN_VERSION=2.9.2

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential cmake ninja-build python3-pip git \
    && rm -rf /var/lib/apt/lists/* \
    && pip install --break-system-packages "conan==${CONAN_VERSION}"

WORKDIR /src
COPY conanfile.py profiles/ ./
# profiles/linux-x86_64 and profiles/linux-armv8 only differ in `arch=`
RUN case "${TARGETPLATFORM}" in \
      linux/amd64) cp linux-x86_64 /tmp/conanprofile ;; \
      linux/arm64) cp linux-armv8  /tmp/conanprofile ;; \
      *) echo "no conan profile for ${TARGETPLATFORM}"; exit 1 ;; \
    esac

COPY . .
RUN conan install . --build=missing \
        --profile:host=/tmp/conanprofile --profile:build=/tmp/conanprofile \
        --output-folder=build \
    && cmake --preset conan-release \
    && cmake --build --preset conan-release

ENTRYPOINT ["/src/build/Release/orderbook"]
