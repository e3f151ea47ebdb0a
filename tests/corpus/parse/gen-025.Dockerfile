# syntax = docker/dockerfile:1.4

# Build file for the service
ARG RUST_VERSION=1.77
FROM busybox:1.36
SHELL ["/bin/sh", "-ec"]
RUN ["echo", "exec form"]
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/x
CMD [ "sh" , "-c" , "echo $HOME" ]
ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost/"]

FROM debian:bookworm-slim
ENV GOSU_VERSION 1.17
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates wget; \
	rm -rf /var/lib/apt/lists/*; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
	chmod +x /usr/local/bin/gosu; \
	gosu --version; \
	gosu nobody true

