# corpus: modelled-on=data-science images installing Miniconda with wget
# corpus: expect=AL301@6
FROM debian:bookworm
ENV PATH=/opt/conda/bin:$PATH
RUN apt-get update && apt-get install -y wget bzip2 \
 && wget -q https://repo.anaconda.com/miniconda/Miniconda3-py311_24.4.0-0-Linux-x86_64.sh -O /tmp/mc.sh \
 && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
