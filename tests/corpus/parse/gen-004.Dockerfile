ARG BASE_IMAGE=debian:bookworm-slim
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

FROM scratch
COPY --link --from=build /out/app /
