# corpus: modelled-on=multiarch qemu-user-static pattern: arm32v7 base with copied qemu-arm-static for cross-building on x86
# corpus: expect=AL201@4,AL209@6
# Build the Pi image on the x86 CI box: copy qemu in so RUN works without binfmt on the host
FROM --platform=linux/amd64 multiarch/qemu-user-static:7.2.0-1 AS qemu

FROM arm32v7/debian:bookworm-slim
COPY --from=qemu /usr/bin/qemu-arm-static /usr/bin/qemu-arm-static

ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        python3 python3-pip python3-rpi-lgpio \
        mosquitto-clients ca-certificates \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/relayctl
COPY relayctl/ ./
RUN pip3 install --break-system-packages --no-cache-dir -r requirements.txt

# no longer needed once the layers are built
RUN rm -f /usr/bin/qemu-arm-static

CMD ["python3", "-m", "relayctl"]
