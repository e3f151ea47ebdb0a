# corpus: modelled-on=esguerra/q6 Dockerfile (make all COMP=gcc + MPI) moved into a BUILDPLATFORM builder stage
# corpus: expect=AL206@13
FROM --platform=$BUILDPLATFORM debian:bookworm AS build

RUN apt-get update && apt-get install -y --no-install-recommends \
        gfortran make libopenmpi-dev openmpi-bin \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src/q6
COPY src/ ./src/
COPY makefile ./
# builder runs natively on the CI host to keep build times short
RUN make -C src all mpi COMP=gcc FC=mpif90 \
    && make -C src install PREFIX=/opt/q6

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
        libgfortran5 openmpi-bin libopenmpi3 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /opt/q6 /opt/q6
ENV PATH=/opt/q6/bin:$PATH
RUN useradd -m md
USER md
WORKDIR /home/md
ENTRYPOINT ["qdyn6"]
