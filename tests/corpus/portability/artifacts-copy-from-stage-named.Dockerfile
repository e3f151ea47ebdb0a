# corpus: modelled-on=binaries named for the target copied from a cross-build stage
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.79 AS build
ARG TARGETARCH
RUN echo building for $TARGETARCH
FROM debian:bookworm-slim
COPY --from=build /out/server-x86_64-unknown-linux-gnu /usr/local/bin/server
