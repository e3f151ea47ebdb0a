# corpus: modelled-on=ReputeBeeOrg/reputebeeorg Dockerfile (npm install --arch=x64 --platform=linuxmusl sharp) + sharp 0.32 custom libvips tarball docs
# corpus: expect=AL303@9,AL205@12
FROM node:20-alpine

RUN apk add --no-cache tini
WORKDIR /app

# libvips build with HEIF enabled; sharp picks it up from its npm cache dir
COPY vendor/libvips-8.14.5-linuxmusl-x64.tar.br /root/.npm/_libvips/
COPY package.json package-lock.json ./
RUN npm ci --omit=dev \
 && npm install --no-save --arch=x64 --platform=linuxmusl sharp@0.32.6 \
 && npm cache clean --force
COPY . .
RUN chown -R node:node /app
USER node
ENV NODE_ENV=production
EXPOSE 8080
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "src/server.js"]
