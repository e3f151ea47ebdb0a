# syntax=docker/dockerfile:1
ARG JDK=21
ARG DISTRO=jammy
FROM debian:12
RUN --mount=type=cache,target=/var/cache/apt <<EOF
  set -eu
  # comments inside heredocs stay in the body
  dpkgArch="$(dpkg --print-architecture)"
  echo "$dpkgArch"

EOF
ADD --chmod=755 <<-"EOF" /usr/local/bin/healthcheck
	#!/bin/sh
	wget -qO- http://localhost:8080/health || exit 1
	EOF

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
