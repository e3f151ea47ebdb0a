# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG JDK=21
ARG DISTRO=jammy
FROM alpine
CMD ["broken json", ]
ENTRYPOINT [not json]
RUN [ "a" ]
ADD ["https://example.org/file.tar.gz", "/tmp/"]
COPY ["a b.txt", "/dst/"]
HEALTHCHECK NONE
FROM python:3.12-alpine
RUN <<EOT bash
  set -ex
  pip install --no-cache-dir poetry
  poetry config virtualenvs.create false
EOT
RUN python3 <<"PY"
import platform
print(platform.machine())
PY


FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
