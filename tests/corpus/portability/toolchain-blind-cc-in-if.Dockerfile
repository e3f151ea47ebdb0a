# corpus: modelled-on=cross CC only for arm64 (blind batch: labelled before running archlint)
# corpus: expect=
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG TARGETARCH
RUN apt-get update && apt-get install -y gcc gcc-aarch64-linux-gnu make
WORKDIR /src
COPY . .
RUN if [ "$TARGETARCH" = "arm64" ]; then export CC=aarch64-linux-gnu-gcc; else export CC=gcc; fi; make CC="$CC"
FROM debian:bookworm-slim
COPY --from=build /src/tool /usr/local/bin/tool
