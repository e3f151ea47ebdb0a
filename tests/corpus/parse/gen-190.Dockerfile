# Maintained by the platform team.
# See README for build instructions.

ARG JDK=21
ARG DISTRO=jammy
FROM alpine
CMD ["broken json", ]
ENTRYPOINT [not json]
RUN [ "a" ]
ADD ["https://example.org/file.tar.gz", "/tmp/"]
COPY ["a b.txt", "/dst/"]
HEALTHCHECK NONE

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
