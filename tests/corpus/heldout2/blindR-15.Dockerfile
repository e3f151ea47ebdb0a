# corpus: modelled-on=RedisJSON/RedisJSON Dockerfile (rust builder -> redis runtime) with a pinned target triple
# corpus: expect=AL402@11,AL205@13
FROM rust:1.82-bookworm AS builder

RUN apt-get update && apt-get install -y --no-install-recommends clang libclang-dev git \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /build
COPY . .
# squeeze every bit of perf out of the JSONPath evaluator
ENV RUSTFLAGS="-C target-cpu=native"
RUN rustup target add x86_64-unknown-linux-gnu \
 && cargo build --release --target x86_64-unknown-linux-gnu \
 && mkdir -p /out \
 && cp target/x86_64-unknown-linux-gnu/release/librejson.so /out/rejson.so

FROM redis:7.4-bookworm
ENV LIBDIR=/usr/lib/redis/modules
WORKDIR /data
RUN mkdir -p "$LIBDIR"
COPY --from=builder /out/rejson.so "$LIBDIR"/
COPY redis.conf /usr/local/etc/redis/redis.conf
EXPOSE 6379
CMD ["redis-server", "/usr/local/etc/redis/redis.conf", "--loadmodule", "/usr/lib/redis/modules/rejson.so"]
