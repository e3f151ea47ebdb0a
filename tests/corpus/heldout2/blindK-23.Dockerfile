# corpus: modelled-on=project vendoring prebuilt per-arch static libs in the repo (third_party/lib/linux-x86_64)
# corpus: expect=AL303@8
FROM ubuntu:24.04 AS build
RUN apt-get update && apt-get install -y --no-install-recommends g++ cmake make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY third_party/include/ /opt/onnx/include/
COPY third_party/lib/linux-x86_64/ /opt/onnx/lib/
COPY CMakeLists.txt ./
COPY src/ src/
RUN cmake -B build -DONNXRUNTIME_ROOT=/opt/onnx -DCMAKE_BUILD_TYPE=Release \
    && cmake --build build -j"$(nproc)"

FROM ubuntu:24.04
COPY --from=build /opt/onnx/lib/ /usr/local/lib/
COPY --from=build /src/build/infer /usr/local/bin/infer
RUN ldconfig
USER ubuntu
ENTRYPOINT ["infer"]
