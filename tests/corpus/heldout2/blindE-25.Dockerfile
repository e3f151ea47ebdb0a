# corpus: modelled-on=t3n/docker-debian-base style dumb-init ADD of the amd64 asset, node app
# corpus: expect=AL207@5,AL301@8
FROM node:20-bookworm-slim

ARG TARGETARCH=amd64
ENV NODE_ENV=production

ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/local/bin/dumb-init
RUN chmod +x /usr/local/bin/dumb-init \
    && echo "${TARGETARCH}" > /etc/image-arch

WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --chown=node:node . .
USER node
EXPOSE 3000
ENTRYPOINT ["/usr/local/bin/dumb-init", "--"]
CMD ["node", "server.js"]
