# corpus: modelled-on=musl static build on alpine copied into scratch (native per platform, no cross)
# corpus: expect=
FROM alpine:3.20 AS build
RUN apk add --no-cache build-base cmake samurai linux-headers \
        zlib-static openssl-libs-static openssl-dev zlib-dev
WORKDIR /src
COPY . .
# static-pie; works on both x86_64 and aarch64 musl
ENV CFLAGS="-O2 -fstack-protector-strong" \
    LDFLAGS="-static-pie"
RUN cmake -S . -B build -G Ninja \
        -DCMAKE_BUILD_TYPE=MinSizeRel \
        -DCMAKE_EXE_LINKER_FLAGS="-static" \
        -DBUILD_SHARED_LIBS=OFF \
    && cmake --build build \
    && strip build/tinyproxy-ng \
    && file build/tinyproxy-ng | grep -q "statically linked"

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /src/build/tinyproxy-ng /tinyproxy-ng
USER 65534:65534
EXPOSE 8888
ENTRYPOINT ["/tinyproxy-ng"]
