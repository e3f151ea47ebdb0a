# corpus: modelled-on=draw.io: Linux amd64 .deb installed, Windows .exe kept for download
# corpus: expect=AL301@5,AL302@6
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y wget
RUN wget -q https://github.com/jgraph/drawio-desktop/releases/download/v22.1.2/drawio-amd64-22.1.2.deb \
 && apt-get install -y ./drawio-amd64-22.1.2.deb
RUN wget -q https://github.com/jgraph/drawio-desktop/releases/download/v22.1.2/drawio-x64-22.1.2.exe -O /srv/dl/drawio-setup.exe
