# corpus: modelled-on=CI server images installing a vendor .deb next to multilib
# corpus: expect=AL301@5,AL302@6,AL304@7
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y wget sudo
RUN wget -q https://example-ci.com/downloads/ci-server_7.0.2546_amd64.deb \
 && sudo dpkg -i ci-server_7.0.2546_amd64.deb
RUN sudo apt-get install --no-install-recommends -y gcc-multilib g++-multilib
