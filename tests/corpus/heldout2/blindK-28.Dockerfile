# corpus: modelled-on=onnxruntime prebuilt SDK tarball (-linux-x64 / -linux-aarch64) selected from TARGETARCH
# corpus: expect=
FROM ubuntu:22.04 AS build
ARG TARGETARCH
ARG ORT_VERSION=1.19.2
RUN apt-get update && apt-get install -y --no-install-recommends \
        g++ cmake make curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN case "${TARGETARCH}" in \
        amd64) ORT_PKG="onnxruntime-linux-x64-${ORT_VERSION}" ;; \
        arm64) ORT_PKG="onnxruntime-linux-aarch64-${ORT_VERSION}" ;; \
        *) echo "onnxruntime has no build for ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
    && curl -fsSL "https://github.com/microsoft/onnxruntime/releases/download/v${ORT_VERSION}/${ORT_PKG}.tgz" \
       | tar -xz -C /opt \
    && mv "/opt/${ORT_PKG}" /opt/onnxruntime
WORKDIR /src
COPY . .
RUN cmake -B build -DONNXRUNTIME_ROOT=/opt/onnxruntime && cmake --build build -j"$(nproc)"

FROM ubuntu:22.04
COPY --from=build /opt/onnxruntime/lib/ /usr/local/lib/
COPY --from=build /src/build/classify /usr/local/bin/classify
RUN ldconfig
ENTRYPOINT ["classify"]
