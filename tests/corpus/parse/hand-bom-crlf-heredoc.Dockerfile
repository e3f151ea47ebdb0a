# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
set -e
apt-get update
EOF
COPY <<-EOT /etc/motd
	Welcome
	EOT
CMD ["bash"]
