# corpus: modelled-on=NicodemeB/build-lambda-layer Dockerfile (amazonlinux, yum) + AWS session-manager plugin installs
# corpus: expect=AL301@6,AL304@12,AL302@15
FROM amazonlinux:2023
RUN dnf install -y python3 python3-pip zip unzip tar gzip && dnf clean all

RUN curl -fsSL "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/linux_64bit/session-manager-plugin.rpm" \
        -o /tmp/session-manager-plugin.rpm \
    && dnf install -y /tmp/session-manager-plugin.rpm \
    && rm /tmp/session-manager-plugin.rpm

# legacy reporting tool links against 32-bit glibc
RUN dnf install -y glibc.i686 libstdc++.i686 && dnf clean all

COPY wheels/ /tmp/wheels/
RUN python3 -m pip install --no-cache-dir /tmp/wheels/tflite_runtime-2.14.0-cp311-cp311-manylinux_2_34_x86_64.whl
COPY requirements.txt /tmp/
RUN python3 -m pip install --no-cache-dir -r /tmp/requirements.txt
WORKDIR /work
CMD ["bash"]
