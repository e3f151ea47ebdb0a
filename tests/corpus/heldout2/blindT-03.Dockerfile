# corpus: modelled-on=tensorchord/envd r-base Dockerfile + rocker install_rstudio.sh (arch-parametrized RStudio URL)
# corpus: expect=
FROM rocker/r-ver:4.4.2

ARG TARGETARCH
ARG RSTUDIO_VERSION=2025.09.1-401

# Posit publishes jammy builds for amd64 and arm64; the deb name carries the
# Debian arch, e.g. rstudio-server-<ver>-amd64.deb
RUN apt-get update \
 && apt-get install -y --no-install-recommends gdebi-core wget psmisc libpq5 \
 && wget -q -O /tmp/rstudio.deb \
      "https://download2.rstudio.org/server/jammy/${TARGETARCH}/rstudio-server-${RSTUDIO_VERSION}-${TARGETARCH}.deb" \
 && gdebi --non-interactive /tmp/rstudio.deb \
 && rm -f /tmp/rstudio.deb \
 && rm -rf /var/lib/apt/lists/*

RUN id rstudio >/dev/null 2>&1 || useradd -m rstudio
COPY rserver.conf /etc/rstudio/rserver.conf
COPY --chown=rstudio:rstudio project/ /home/rstudio/project/

EXPOSE 8787
CMD ["/usr/lib/rstudio-server/bin/rserver", "--server-daemonize=0"]
