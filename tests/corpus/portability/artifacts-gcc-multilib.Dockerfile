# corpus: modelled-on=C toolchain images adding multilib for -m32 tests
# corpus: expect=AL304@5
FROM debian:bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential gcc-multilib g++-multilib cmake \
 && rm -rf /var/lib/apt/lists/*
