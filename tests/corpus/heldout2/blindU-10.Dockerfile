# corpus: modelled-on=sharp "Could not load the sharp module using the linux-arm64 runtime" answers (npm install --platform=linux --arch=x64 sharp) + a buildx speed-up that put every stage on BUILDPLATFORM
# corpus: expect=AL205@7,AL208@16
FROM --platform=$BUILDPLATFORM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev \
 && npm install --platform=linux --arch=x64 sharp@0.33.5

FROM --platform=$BUILDPLATFORM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM --platform=$BUILDPLATFORM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/server.js"]
