# corpus: modelled-on=the same project declared for 32-bit ARM only
# corpus: platforms=linux/arm/v7
# corpus: expect=
FROM debian:bookworm-slim
COPY build/armhf/sensor-daemon /usr/local/bin/sensor-daemon
CMD ["/usr/local/bin/sensor-daemon"]
