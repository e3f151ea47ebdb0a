# corpus: modelled-on=C++ cross build with xx-clang++ and cmake (blind batch 2: labelled before running archlint)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y clang lld cmake ninja-build
ARG TARGETPLATFORM
RUN xx-apt-get install -y libstdc++-12-dev libc6-dev
WORKDIR /src
COPY . .
RUN cmake -G Ninja -B build $(xx-clang --print-cmake-defines) && cmake --build build && xx-verify build/app
FROM debian:bookworm-slim
COPY --from=build /src/build/app /usr/local/bin/app
