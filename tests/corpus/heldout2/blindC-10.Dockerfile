# corpus: modelled-on=OneDash-DE/rhino-website-backend + usil/fields-multiverse (Strapi on node alpine, sharp forced to linuxmusl/x64)
# corpus: expect=AL205@8,AL208@18
FROM node:20-alpine AS deps
RUN apk add --no-cache libc6-compat vips-dev build-base python3
WORKDIR /opt/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev \
 && npm install --platform=linuxmusl --arch=x64 --no-save sharp@0.32.6

FROM node:20-alpine AS build
WORKDIR /opt/app
COPY --from=deps /opt/app/node_modules ./node_modules
COPY . .
ENV NODE_ENV=production
RUN npm run build

# runtime: same alpine node, reuse the build host platform to skip emulation
FROM --platform=$BUILDPLATFORM node:20-alpine
RUN apk add --no-cache vips tini
WORKDIR /opt/app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /opt/app ./
USER node
EXPOSE 1337
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["npm", "run", "start"]
