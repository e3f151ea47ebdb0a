# corpus: modelled-on=Node API image with an ARCH build-arg feeding the base image and a dbmate download (cf. arhat-dev/arhat arhat-docker.linux.dockerfile, vitt-bagal/hello_world)
# corpus: expect=AL209@7,AL301@13
ARG ARCH=amd64
ARG NODE_VERSION=20

# On the Mac: make image ARCH=arm64v8  (or run `arch -x86_64 make image` and keep the default)
FROM ${ARCH}/node:${NODE_VERSION}-alpine
ARG ARCH
ARG DBMATE_VERSION=2.21.0

RUN apk add --no-cache curl tini postgresql-client
RUN curl -fsSL -o /usr/local/bin/dbmate \
      "https://github.com/amacneil/dbmate/releases/download/v${DBMATE_VERSION}/dbmate-linux-${ARCH}" \
 && chmod +x /usr/local/bin/dbmate

WORKDIR /usr/src/app
COPY package.json package-lock.json ./
# bcrypt ships prebuilt binaries through node-pre-gyp, falls back to node-gyp
RUN apk add --no-cache --virtual .gyp python3 make g++ \
 && npm ci --omit=dev \
 && apk del .gyp
COPY . .
USER node
EXPOSE 4000
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["sh", "-c", "dbmate --wait up && node src/index.js"]
