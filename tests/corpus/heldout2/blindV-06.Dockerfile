# corpus: modelled-on=balena %%BALENA_ARCH%% python GPIO sensor service with x86-only tooling guarded by TARGETARCH
# corpus: expect=
FROM balenalib/%%BALENA_ARCH%%-debian-python:3.11-bookworm-build AS build
ARG TARGETARCH
WORKDIR /usr/src/app

RUN install_packages libgpiod-dev swig

# The flashing helper only ships 32-bit x86 blobs, so multilib is needed on amd64 dev boxes
RUN if [ "$TARGETARCH" = "amd64" ]; then \
        install_packages gcc-multilib libc6-i386; \
    fi

COPY requirements.txt ./
RUN pip wheel --no-cache-dir -w /wheels -r requirements.txt

FROM balenalib/%%BALENA_ARCH%%-debian-python:3.11-bookworm-run
WORKDIR /usr/src/app
RUN install_packages libgpiod2 i2c-tools
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY src/ ./
ENV UDEV=on PYTHONUNBUFFERED=1
CMD ["python3", "-m", "sensorhub"]
