# Maintained by the platform team.
# See README for build instructions.

ARG  REGISTRY=docker.io
ARG TAG
FROM alpine:3.20
RUN <<-'SCRIPT'
	#!/bin/sh
	echo "literal $HOME"
	SCRIPT
COPY <<EOF /etc/app/config.ini
[server]
port = 8080
EOF

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
