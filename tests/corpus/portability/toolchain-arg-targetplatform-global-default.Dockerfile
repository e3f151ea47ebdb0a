# corpus: modelled-on=Dockerfiles defaulting TARGETPLATFORM in the global scope
# corpus: expect=AL207@3,AL202@4
ARG TARGETPLATFORM=linux/amd64
FROM --platform=$TARGETPLATFORM node:20-alpine
WORKDIR /app
COPY . .
RUN npm ci && npm run build
CMD ["node", "dist/main.js"]
