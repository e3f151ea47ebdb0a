# corpus: modelled-on=ESPHome-style dashboard on Debian with i386 multiarch for legacy xtensa toolchain and pinned wheel
# corpus: expect=AL304@9,AL304@13,AL302@19
FROM python:3.12-slim-bookworm

ENV PLATFORMIO_CORE_DIR=/piolibs \
    ESPHOME_DASHBOARD_USE_PING=true

# old lx106 toolchain binaries are 32-bit x86
RUN dpkg --add-architecture i386 \
    && apt-get update \
    && apt-get install -y --no-install-recommends \
        git openssh-client iputils-ping curl \
        libc6-i386 lib32z1 \
    && rm -rf /var/lib/apt/lists/*

COPY requirements.txt /
COPY docker/wheels/ /tmp/wheels/
RUN pip install --no-cache-dir -r /requirements.txt \
    && pip install --no-cache-dir /tmp/wheels/pillow-11.0.0-cp312-cp312-manylinux_2_28_x86_64.whl \
    && platformio settings set enable_telemetry No

COPY . /opt/esphome
RUN pip install --no-cache-dir -e /opt/esphome

WORKDIR /config
EXPOSE 6052
HEALTHCHECK CMD curl -fs http://localhost:6052/ || exit 1
ENTRYPOINT ["esphome"]
CMD ["dashboard", "/config"]
