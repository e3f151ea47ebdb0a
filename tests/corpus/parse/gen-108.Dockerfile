ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
FROM node:${NODE_VERSION}-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
