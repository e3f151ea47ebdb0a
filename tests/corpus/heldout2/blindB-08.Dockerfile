# corpus: modelled-on=Raspberry-Pi home-automation images built on arm64v8/* with tini + gosu (tianon/gosu install notes)
# corpus: expect=AL209@3,AL207@5,AL301@12
FROM arm64v8/python:3.12-slim-bookworm

ARG TARGETARCH=arm64
ARG GOSU_VERSION=1.17

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl tini libgpiod2 \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/${GOSU_VERSION}/gosu-arm64" \
 && chmod +x /usr/local/bin/gosu \
 && gosu nobody true

# the bridge loads plugins/<arch>/libzwave.so at start-up
ENV BRIDGE_ARCH=${TARGETARCH}

RUN useradd --system --create-home --groups dialout bridge
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENTRYPOINT ["/usr/bin/tini", "--", "/app/docker-entrypoint.sh"]
CMD ["python", "-m", "bridge"]
