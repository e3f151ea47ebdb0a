# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.12
ARG VARIANT=slim-bookworm
FROM node:20-bookworm-slim AS web
ENV NODE_ENV=production \
    NPM_CONFIG_LOGLEVEL=warn
WORKDIR /usr/src/app
COPY --chown=node:node package*.json ./
RUN npm install --arch=x64 --platform=linux sharp
COPY --chown=node:node . .
USER node
EXPOSE 3000/tcp
CMD ["node", "server.js"]
FROM alpine AS a
FROM a AS b
FROM b
COPY --from=0 /etc/os-release /a
COPY --from=a /etc/os-release /b
RUN --mount=from=b,source=/etc,target=/mnt ls /mnt
ARG CACHEBUST=1
ARG EMPTY=
ARG QUOTED="a b"

FROM scratch
COPY --from=build /out/app /app
USER 65532:65532
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app"]

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
