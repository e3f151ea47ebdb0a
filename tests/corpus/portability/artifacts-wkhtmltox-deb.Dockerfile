# corpus: modelled-on=report generators installing the wkhtmltox amd64 .deb
# corpus: expect=AL301@5,AL302@6
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y wget libgconf-2-4
RUN wget -q https://github.com/wkhtmltopdf/wkhtmltopdf/releases/download/0.12.5/wkhtmltox_0.12.5-1.bionic_amd64.deb \
 && dpkg -i wkhtmltox_0.12.5-1.bionic_amd64.deb; apt-get install -f -y
