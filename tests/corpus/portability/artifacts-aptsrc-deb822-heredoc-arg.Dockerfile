# corpus: modelled-on=vendor deb822 .sources file written with cat <<EOF (Grafana/Elastic style repositories), the arch taken from a custom ARG
# corpus: expect=AL305@14
FROM debian:bookworm-slim
ARG DEB_ARCH=amd64
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gpg \
 && curl -fsSL https://apt.grafana.com/gpg.key | gpg --dearmor -o /usr/share/keyrings/grafana.gpg \
 && rm -rf /var/lib/apt/lists/*
RUN cat > /etc/apt/sources.list.d/grafana.sources <<EOF
Types: deb
URIs: https://apt.grafana.com
Suites: stable
Components: main
Architectures: ${DEB_ARCH}
Signed-By: /usr/share/keyrings/grafana.gpg
EOF
RUN apt-get update && apt-get install -y --no-install-recommends grafana-agent \
 && rm -rf /var/lib/apt/lists/*
