# Maintained by the platform team.
# See README for build instructions.

ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
FROM nginx:1.25-alpine
COPY <<conf <<index /usr/share/nginx/html/
server { listen 80; }
conf
<html><body>hello</body></html>
index
RUN cat <<EOF > /docker-entrypoint.d/99-hello.sh && chmod +x /docker-entrypoint.d/99-hello.sh
#!/bin/sh
echo hello from $(hostname)
EOF
