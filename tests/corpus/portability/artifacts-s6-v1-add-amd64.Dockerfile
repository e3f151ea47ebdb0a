# corpus: modelled-on=s6-overlay 1.x images adding s6-overlay-amd64.tar.gz
# corpus: expect=AL301@4
FROM alpine:3.7
ADD https://github.com/just-containers/s6-overlay/releases/download/v1.21.4.0/s6-overlay-amd64.tar.gz /tmp/
RUN tar xzf /tmp/s6-overlay-amd64.tar.gz -C /
ENTRYPOINT ["/init"]
