#syntax=docker/dockerfile:1-labs
FROM --platform=${BUILDPLATFORM} tonistiigi/xx:1.4.0 AS xx
FROM --platform=${BUILDPLATFORM} golang:1.22-bookworm AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-apt-get install -y gcc libc6-dev
WORKDIR /app
COPY . .
RUN CGO_ENABLED=1 xx-go build -o /app/bin/tool ./... && \
    xx-verify /app/bin/tool

FROM scratch
COPY --link --from=build /out/app /
