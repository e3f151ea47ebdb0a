FROM --platform=linux/amd64 ubuntu:22.04 AS amd64-only
FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine AS maybe
FROM --platform=$BUILDPLATFORM alpine AS tool
FROM --platform="linux/arm64" alpine AS quoted
FROM --PLATFORM=linux/arm/v7 alpine AS upper
FROM scratch
COPY --from=tool /bin/busybox /busybox
