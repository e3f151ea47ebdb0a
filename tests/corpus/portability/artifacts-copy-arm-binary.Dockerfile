# corpus: modelled-on=a Raspberry Pi project copying its armhf binary
# corpus: expect=AL303@4
FROM debian:bookworm-slim
COPY build/armhf/sensor-daemon /usr/local/bin/sensor-daemon
CMD ["/usr/local/bin/sensor-daemon"]
