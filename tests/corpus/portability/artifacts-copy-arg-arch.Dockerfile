# corpus: modelled-on=COPY path built from an ARG defaulting to amd64
# corpus: expect=AL303@5
FROM debian:bookworm-slim
ARG PLATFORM_ARCH=amd64
COPY bin/${PLATFORM_ARCH}/agent /usr/local/bin/agent
