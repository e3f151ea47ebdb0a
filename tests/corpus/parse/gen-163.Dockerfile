# Maintained by the platform team.
# See README for build instructions.

ARG GO_VERSION=1.22
FROM busybox:1.36
SHELL ["/bin/sh", "-ec"]
RUN ["echo", "exec form"]
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/x
CMD [ "sh" , "-c" , "echo $HOME" ]
ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost/"]
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

  FROM   alpine:3.19   AS   Final
	RUN	echo tabs
Run echo mixed case
maintainer someone@example.com
LABEL org.opencontainers.image.title="demo app" \
      org.opencontainers.image.version=1.0 \
      description='single quoted'
ENV PATH /usr/local/bin:$PATH
ENV A=1 B="two words" C='three' D=a\ b
EXPOSE 80 443/tcp
WORKDIR /srv/my app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
