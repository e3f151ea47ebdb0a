# corpus: modelled-on=BuildKit docs: per-platform stages named after the platform
# corpus: expect=
FROM --platform=linux/amd64 alpine:3.20 AS build_amd64
RUN echo amd64 > /arch
FROM --platform=linux/arm64 alpine:3.20 AS build_arm64
RUN echo arm64 > /arch
ARG TARGETARCH
FROM build_${TARGETARCH} AS build
FROM alpine:3.20
COPY --from=build /arch /arch
