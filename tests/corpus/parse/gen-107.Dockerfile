#syntax=docker/dockerfile:1-labs
ARG GO_VERSION=1.22
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


FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
