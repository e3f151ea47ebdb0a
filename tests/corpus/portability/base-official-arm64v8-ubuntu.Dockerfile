# corpus: modelled-on=Raspberry Pi / Jetson helper images built FROM arm64v8/ubuntu
# corpus: expect=AL209@3
FROM arm64v8/ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \
 && rm -rf /var/lib/apt/lists/*
COPY app/ /opt/app/
CMD ["python3", "/opt/app/main.py"]
