# corpus: modelled-on=eclipse-mosquitto official alpine Dockerfile (libwebsockets built from source)
# corpus: expect=
FROM alpine:3.20

LABEL description="Mosquitto broker with websockets for the edge hub"

ENV VERSION=2.0.20 \
    LWS_VERSION=4.3.3

# Built on amd64 CI runners and on the Pi 4 farm; nothing here is arch specific
RUN set -x && \
    apk --no-cache add --virtual build-deps \
        build-base cmake openssl-dev util-linux-dev cjson-dev linux-headers && \
    wget -q https://github.com/warmcat/libwebsockets/archive/v${LWS_VERSION}.tar.gz -O /tmp/lws.tar.gz && \
    mkdir -p /build/lws && tar --strip=1 -xf /tmp/lws.tar.gz -C /build/lws && \
    cd /build/lws && \
    cmake . -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX=/usr \
        -DLWS_WITHOUT_CLIENT=ON -DLWS_WITH_EXTERNAL_POLL=ON -DLWS_WITH_SHARED=OFF && \
    make -j "$(nproc)" && rm -rf /root/.cmake && \
    wget -q https://mosquitto.org/files/source/mosquitto-${VERSION}.tar.gz -O /tmp/mosq.tar.gz && \
    mkdir -p /build/mosq && tar --strip=1 -xf /tmp/mosq.tar.gz -C /build/mosq && \
    make -C /build/mosq -j "$(nproc)" CFLAGS="-Wall -O2 -I/build/lws/include" \
        WITH_WEBSOCKETS=yes WITH_SRV=no WITH_DOCS=no binary && \
    install -s -m755 /build/mosq/src/mosquitto /usr/sbin/mosquitto && \
    addgroup -S -g 1883 mosquitto && adduser -S -u 1883 -D -H -G mosquitto mosquitto && \
    apk del build-deps && rm -rf /build /tmp/*.tar.gz && \
    apk --no-cache add ca-certificates cjson libuuid

COPY mosquitto.conf /mosquitto/config/mosquitto.conf
EXPOSE 1883 9001
USER mosquitto
CMD ["/usr/sbin/mosquitto", "-c", "/mosquitto/config/mosquitto.conf"]
