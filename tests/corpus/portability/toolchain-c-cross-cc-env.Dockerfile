# corpus: modelled-on=C projects cross-compiled with Debian cross toolchains via ENV CC
# corpus: expect=AL205@5
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc-aarch64-linux-gnu make
ENV CC=aarch64-linux-gnu-gcc
WORKDIR /src
COPY . .
RUN make
FROM debian:bookworm-slim
COPY --from=build /src/daemon /usr/sbin/daemon
