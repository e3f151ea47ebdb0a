# corpus: modelled-on=Strapi CMS on alpine with sharp, fixed for arm64 laptops (cf. strapi community Dockerfiles)
# corpus: expect=
FROM node:20-alpine AS build
RUN apk add --no-cache build-base gcc autoconf automake zlib-dev libpng-dev vips-dev git
WORKDIR /opt
COPY package.json package-lock.json ./
# We used to run `npm install --arch=x64 --platform=linuxmusl sharp` here so
# the image "worked" on the M1s. Removed: sharp >= 0.33 ships
# @img/sharp-linuxmusl-x64 and @img/sharp-linuxmusl-arm64 as optional deps and
# npm picks the one matching the container.
RUN npm ci --include=optional
WORKDIR /opt/app
COPY . .
ENV NODE_ENV=production
RUN npm run build

FROM node:20-alpine
RUN apk add --no-cache vips
WORKDIR /opt/app
ENV NODE_ENV=production
COPY --from=build /opt/node_modules /opt/node_modules
COPY --from=build /opt/app ./
ENV PATH=/opt/node_modules/.bin:$PATH
RUN chown -R node:node /opt/app
USER node
EXPOSE 1337
CMD ["npm", "run", "start"]
