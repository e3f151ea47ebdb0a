# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG RUST_VERSION=1.77
FROM alpine:3.20
RUN <<-'SCRIPT'
	#!/bin/sh
	echo "literal $HOME"
	SCRIPT
COPY <<EOF /etc/app/config.ini
[server]
port = 8080
EOF

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
