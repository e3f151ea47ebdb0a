# corpus: modelled-on=vcpkg devcontainer images + triplet derived from TARGETARCH
# corpus: expect=
FROM ubuntu:24.04 AS build

ARG TARGETARCH
ENV DEBIAN_FRONTEND=noninteractive \
    VCPKG_ROOT=/opt/vcpkg \
    VCPKG_DISABLE_METRICS=1

RUN apt-get update && apt-get install -y --no-install-recommends \
        git g++ cmake ninja-build curl zip unzip tar pkg-config ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# vcpkg wants its own tool binaries on arm64 unless told otherwise
RUN git clone --depth 1 https://github.com/microsoft/vcpkg.git "$VCPKG_ROOT" \
    && if [ "$TARGETARCH" = "arm64" ]; then export VCPKG_FORCE_SYSTEM_BINARIES=1; fi \
    && "$VCPKG_ROOT"/bootstrap-vcpkg.sh -disableMetrics

WORKDIR /src
COPY vcpkg.json .
RUN case "$TARGETARCH" in \
        amd64) TRIPLET=x64-linux ;; \
        arm64) TRIPLET=arm64-linux ;; \
        *) echo "unsupported $TARGETARCH"; exit 1 ;; \
    esac \
    && echo "$TRIPLET" > /tmp/triplet \
    && if [ "$TARGETARCH" = "arm64" ]; then export VCPKG_FORCE_SYSTEM_BINARIES=1; fi \
    && "$VCPKG_ROOT"/vcpkg install --triplet "$TRIPLET"
COPY . .
RUN cmake -B build -G Ninja -DCMAKE_TOOLCHAIN_FILE=$VCPKG_ROOT/scripts/buildsystems/vcpkg.cmake \
        -DVCPKG_TARGET_TRIPLET="$(cat /tmp/triplet)" -DCMAKE_BUILD_TYPE=Release \
    && cmake --build build

FROM ubuntu:24.04
COPY --from=build /src/build/feedd /usr/local/bin/feedd
ENTRYPOINT ["feedd"]
