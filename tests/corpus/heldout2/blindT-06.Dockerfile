# corpus: modelled-on=amarburg/docker-matlab-runtime Dockerfile (MCR glnxa64 installer)
# corpus: expect=AL201@4
# MATLAB Runtime only exists for glnxa64, so the base is pinned
FROM --platform=linux/amd64 debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        unzip wget ca-certificates libxt6 libxext6 libxmu6 libxrender1 \
    && rm -rf /var/lib/apt/lists/*

ARG MCR_RELEASE=R2024b
ARG MCR_UPDATE=6
RUN mkdir /mcr-install && cd /mcr-install \
    && wget -q https://ssd.mathworks.com/supportfiles/downloads/${MCR_RELEASE}/Release/${MCR_UPDATE}/deployment_files/installer/complete/glnxa64/MATLAB_Runtime_${MCR_RELEASE}_Update_${MCR_UPDATE}_glnxa64.zip \
    && unzip -q MATLAB_Runtime_*_glnxa64.zip \
    && ./install -destinationFolder /opt/mcr -agreeToLicense yes -mode silent \
    && cd / && rm -rf /mcr-install

ENV MCR_ROOT=/opt/mcr/R2024b
ENV LD_LIBRARY_PATH=${MCR_ROOT}/runtime/glnxa64:${MCR_ROOT}/bin/glnxa64:${MCR_ROOT}/sys/os/glnxa64
ENV MCR_CACHE_ROOT=/tmp/mcr_cache

COPY --chmod=0755 build/run_spectral_fit.sh build/spectral_fit /app/
WORKDIR /app
ENTRYPOINT ["/app/run_spectral_fit.sh", "/opt/mcr/R2024b"]
