# corpus: modelled-on=home-assistant style ARG BUILD_ARCH feeding the base image namespace
# corpus: expect=AL209@4
ARG BUILD_ARCH=amd64
FROM ${BUILD_ARCH}/debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates tzdata
WORKDIR /srv
COPY . .
