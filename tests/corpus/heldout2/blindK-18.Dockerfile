# corpus: modelled-on=Multistage crossbuild image where somebody "fixed" an empty TARGETARCH with a default
# corpus: expect=AL207@4
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG TARGETARCH=amd64
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-linux-gnu  > /triple ;; \
      arm64) echo aarch64-linux-gnu > /triple ;; \
    esac \
    && apt-get update \
    && apt-get install -y --no-install-recommends cmake make \
         "gcc-$(sed 's/_/-/g' /triple)" "g++-$(sed 's/_/-/g' /triple)" \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN T="$(cat /triple)" \
    && cmake -B build -DCMAKE_SYSTEM_NAME=Linux -DCMAKE_SYSTEM_PROCESSOR="${T%%-*}" \
         -DCMAKE_C_COMPILER="$T-gcc" -DCMAKE_CXX_COMPILER="$T-g++" \
    && cmake --build build -j"$(nproc)"

FROM debian:bookworm-slim
COPY --from=build /src/build/kvstore /usr/local/bin/kvstore
VOLUME /var/lib/kvstore
EXPOSE 6380
ENTRYPOINT ["kvstore", "--dir", "/var/lib/kvstore"]
