FROM alpine
RUNN echo typo
COPY only-one-argument
FROM
WORKDIR
ENV
ONBUILD ONBUILD RUN x
ONBUILD FROM alpine
SHELL /bin/bash -c
HEALTHCHECK NONE extra
FROM alpine AS 9lives
RUN --mnt=type=cache,target=/x true
