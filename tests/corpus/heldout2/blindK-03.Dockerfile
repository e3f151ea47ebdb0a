# corpus: modelled-on=mayhemheroes/precomp-cpp Dockerfile (pinned amd64 ubuntu, cmake + make)
# corpus: expect=AL201@3
FROM --platform=linux/amd64 ubuntu:22.04 AS builder

RUN apt-get update && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y clang cmake make
ADD . /precomp
WORKDIR /precomp/build
RUN cmake -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ ..
RUN make -j8

FROM ubuntu:22.04
COPY --from=builder /precomp/build/precomp /usr/local/bin/precomp
WORKDIR /data
ENTRYPOINT ["precomp"]
