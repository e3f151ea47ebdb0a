# corpus: modelled-on=Node.js images forcing native module arch (sharp/electron style npm_config_arch)
# corpus: expect=AL205@6
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm_config_arch=x64 npm_config_platform=linux npm ci --omit=dev
FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
CMD ["node", "index.js"]
