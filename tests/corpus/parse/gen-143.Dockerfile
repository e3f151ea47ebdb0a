# syntax=docker/dockerfile:1
FROM busybox:1.36
SHELL ["/bin/sh", "-ec"]
RUN ["echo", "exec form"]
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/x
CMD [ "sh" , "-c" , "echo $HOME" ]
ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost/"]

FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
