# syntax = docker/dockerfile:1.4

# Build file for the service
ARG GO_VERSION=1.22
FROM alpine
CMD ["broken json", ]
ENTRYPOINT [not json]
RUN [ "a" ]
ADD ["https://example.org/file.tar.gz", "/tmp/"]
COPY ["a b.txt", "/dst/"]
HEALTHCHECK NONE


FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
