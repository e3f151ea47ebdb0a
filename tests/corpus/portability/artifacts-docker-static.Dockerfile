# corpus: modelled-on=dind-like images fetching docker static binaries
# corpus: expect=AL301@5
FROM alpine:3.20
ARG DOCKER_VERSION=26.1.4
RUN wget -O docker.tgz "https://download.docker.com/linux/static/stable/x86_64/docker-${DOCKER_VERSION}.tgz" \
 && tar -xzf docker.tgz --strip-components 1 -C /usr/local/bin \
 && rm docker.tgz
