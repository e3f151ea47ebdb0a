# corpus: modelled-on=ph20/docker-musl-cross + musl.cc prebuilt toolchain (x86_64-linux-musl-cross)
# corpus: expect=AL301@8,AL205@12
FROM debian:bookworm-slim AS toolchain
RUN apt-get update && apt-get install -y --no-install-recommends \
        wget ca-certificates make xz-utils file \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /toolchain
RUN wget -q https://musl.cc/x86_64-linux-musl-cross.tgz \
    && tar xzf x86_64-linux-musl-cross.tgz \
    && rm x86_64-linux-musl-cross.tgz
ENV PATH="/toolchain/x86_64-linux-musl-cross/bin:${PATH}" \
    CC=x86_64-linux-musl-gcc

WORKDIR /src
COPY . .
RUN make LDFLAGS="-static" -j"$(nproc)" \
    && file socat-mini | grep -q "statically linked"

FROM scratch
COPY --from=toolchain /src/socat-mini /socat-mini
ENTRYPOINT ["/socat-mini"]
