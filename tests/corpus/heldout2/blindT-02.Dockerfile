# corpus: modelled-on=openforis/sepal init_rstudio.sh + lurd4862/docker_tidyverse_H2O_spark Dockerfile (rstudio-server amd64 .deb)
# corpus: expect=AL301@15,AL302@16
FROM rocker/r-ver:4.4.2

ENV RSTUDIO_VERSION=2025.09.1-401
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && \
    apt-get install -y --no-install-recommends \
        wget gdebi-core psmisc libclang-dev lsb-release sudo && \
    rm -rf /var/lib/apt/lists/*

# install RStudio Server from Posit's download site
RUN cd /tmp && \
    wget -q https://download2.rstudio.org/server/jammy/amd64/rstudio-server-${RSTUDIO_VERSION}-amd64.deb && \
    dpkg -i rstudio-server-${RSTUDIO_VERSION}-amd64.deb || apt-get -f install -y && \
    rm -f /tmp/rstudio-server-*.deb && \
    printf 'server-app-armor-enabled=0\nwww-port=8787\n' >> /etc/rstudio/rserver.conf

RUN install2.r --error --skipinstalled tidyverse data.table arrow

RUN useradd -m -s /bin/bash analyst && echo 'analyst:analyst' | chpasswd
EXPOSE 8787
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8787/ >/dev/null || exit 1
CMD ["/usr/lib/rstudio-server/bin/rserver", "--server-daemonize=0"]
