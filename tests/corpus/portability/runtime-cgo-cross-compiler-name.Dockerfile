# corpus: modelled-on=CGO builds choosing the aarch64 cross compiler per TARGETARCH
# corpus: expect=
FROM golang:1.21 AS build
ENV CGO_ENABLED=1
RUN apt-get update && apt-get install -y gcc-aarch64-linux-gnu
ARG TARGETARCH
RUN if [ "$TARGETARCH" = "arm64" ]; then export CC=aarch64-linux-gnu-gcc; fi && go build -o /app .
FROM debian:bookworm-slim
COPY --from=build /app /app
