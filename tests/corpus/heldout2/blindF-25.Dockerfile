# corpus: modelled-on=media transcoder image (ffmpeg + VAAPI) with Intel-only extras behind a single-branch uname -m test
# corpus: expect=
FROM debian:bookworm-slim

ARG IGC_VERSION=2.1.12
ARG IGC_BUILD=18087
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl ffmpeg vainfo; \
    if [ "$(uname -m)" = "x86_64" ]; then \
      # Intel QuickSync / OpenCL userspace only exists for x86_64
      apt-get install -y --no-install-recommends intel-media-va-driver; \
      curl -fsSLO "https://github.com/intel/intel-graphics-compiler/releases/download/v${IGC_VERSION}/intel-igc-core-2_${IGC_VERSION}+${IGC_BUILD}_amd64.deb"; \
      apt-get install -y --no-install-recommends "./intel-igc-core-2_${IGC_VERSION}+${IGC_BUILD}_amd64.deb"; \
      rm -f ./*.deb; \
    fi; \
    rm -rf /var/lib/apt/lists/*

RUN groupadd --system media && useradd --system --gid media --groups video media
COPY --chown=media:media transcode/ /opt/transcode/
WORKDIR /opt/transcode
USER media
ENV LIBVA_DRIVER_NAME=iHD
ENTRYPOINT ["/opt/transcode/run.sh"]
