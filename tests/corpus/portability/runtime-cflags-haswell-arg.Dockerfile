# corpus: modelled-on=optimised builds with -march=haswell as a build argument
# corpus: expect=AL402@4
FROM debian:bookworm AS build
ARG OPT_FLAGS="-O3 -march=haswell"
RUN apt-get update && apt-get install -y build-essential
COPY . /src
RUN make -C /src CFLAGS="$OPT_FLAGS"
