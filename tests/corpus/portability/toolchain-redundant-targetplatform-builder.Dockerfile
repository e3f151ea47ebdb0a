# corpus: modelled-on=multi-stage Node apps with --platform=$TARGETPLATFORM on the builder
# corpus: expect=AL202@3
FROM --platform=$TARGETPLATFORM node:20-alpine AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM node:20-alpine
COPY --from=build /app/dist /app
CMD ["node", "/app/index.js"]
