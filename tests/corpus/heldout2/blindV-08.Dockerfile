# corpus: modelled-on=balenalib aarch64 python image for a Pi camera / GPIO service with hardcoded multiarch lib path
# corpus: expect=AL209@4,AL403@8
# Pinned to the Pi 4 64-bit userland we ship on the fleet
FROM balenalib/aarch64-debian-python:3.11-bookworm-run

ENV UDEV=1 \
    PYTHONUNBUFFERED=1 \
    LD_LIBRARY_PATH=/usr/lib/aarch64-linux-gnu:/opt/vc/lib

WORKDIR /usr/src/app

RUN install_packages \
        libgpiod2 \
        python3-libgpiod \
        libcamera-dev \
        i2c-tools

COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt \
    && pip install --no-cache-dir gpiozero paho-mqtt smbus2

COPY app/ ./app/
COPY start.sh ./
RUN chmod +x start.sh

CMD ["./start.sh"]
