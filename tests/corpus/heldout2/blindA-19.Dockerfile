# corpus: modelled-on=tonistiigi/xx README (xx-apk + $(xx-clang --print-cmake-defines) + xx-verify) for a C service
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx

FROM --platform=$BUILDPLATFORM alpine:3.20 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld cmake ninja make pkgconf git
ARG TARGETPLATFORM
# target-arch headers and libs land in the xx sysroot
RUN xx-apk add --no-cache gcc musl-dev libuv-dev openssl-dev zlib-dev
WORKDIR /src
COPY . .
RUN cmake -S . -B build -G Ninja $(xx-clang --print-cmake-defines) \
      -DCMAKE_BUILD_TYPE=Release \
      -DBUILD_SHARED_LIBS=OFF \
 && cmake --build build \
 && xx-verify build/mqtt-bridge \
 && install -D build/mqtt-bridge /out/mqtt-bridge

FROM alpine:3.20
RUN apk add --no-cache libuv openssl zlib ca-certificates
COPY --from=build /out/mqtt-bridge /usr/local/bin/mqtt-bridge
COPY config/bridge.toml /etc/mqtt-bridge/bridge.toml
USER nobody
EXPOSE 1883
ENTRYPOINT ["mqtt-bridge", "--config", "/etc/mqtt-bridge/bridge.toml"]
