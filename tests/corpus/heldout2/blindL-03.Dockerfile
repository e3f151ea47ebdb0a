# corpus: modelled-on=Strapi/sharp on alpine with npm --arch=x64 --platform=linuxmusl (cf. OneDash-DE/rhino-website-backend, usil/fields-multiverse)
# corpus: expect=AL205@11,AL205@19
FROM node:18-alpine
# Installing libvips-dev for sharp compatibility
RUN apk update && apk add --no-cache build-base gcc autoconf automake \
    zlib-dev libpng-dev nasm bash vips-dev git

ARG NODE_ENV=production
ENV NODE_ENV=${NODE_ENV}
# sharp prebuilds kept picking up darwin-arm64 from the Mac's node_modules
ENV npm_config_arch=x64 \
    npm_config_platform=linuxmusl

WORKDIR /opt/
COPY package.json yarn.lock ./
ENV PATH=/opt/node_modules/.bin:$PATH
RUN yarn config set network-timeout 600000 -g && yarn install --frozen-lockfile
RUN npm install --ignore-scripts=false --foreground-scripts \
      --platform=linuxmusl --arch=x64 sharp@0.32.6

WORKDIR /opt/app
COPY . .
RUN yarn build
EXPOSE 1337
CMD ["yarn", "start"]
