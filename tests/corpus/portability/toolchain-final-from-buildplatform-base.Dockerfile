# corpus: modelled-on=Node.js apps with a BUILDPLATFORM base stage reused as the runtime stage
# corpus: expect=AL208@12
FROM --platform=$BUILDPLATFORM node:20-slim AS base
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM base AS build
COPY . .
RUN npm run build

FROM base
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
