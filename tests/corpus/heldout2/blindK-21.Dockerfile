# corpus: modelled-on=vendor SDK shipped as .deb (amd64 only link) installed into a C++ build image
# corpus: expect=AL301@10,AL302@11
FROM debian:bookworm
ARG SDK_VERSION=4.2.1
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential cmake curl ca-certificates libusb-1.0-0-dev \
    && rm -rf /var/lib/apt/lists/*
# camera SDK: headers + libs under /opt/vendor
RUN cd /tmp && curl -fsSLO \
        "https://downloads.example-vision.com/sdk/${SDK_VERSION}/camsdk_${SDK_VERSION}_amd64.deb" \
    && apt-get update && apt-get install -y ./camsdk_${SDK_VERSION}_amd64.deb \
    && rm -rf camsdk_*.deb /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN cmake -B build -DCAMSDK_ROOT=/opt/vendor/camsdk && cmake --build build -j"$(nproc)"
HEALTHCHECK --interval=30s CMD ["/app/build/grabber", "--probe"]
CMD ["/app/build/grabber"]
