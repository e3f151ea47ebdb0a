ARG GO_VERSION=1.22
FROM ubuntu:24.04
RUN <<EOF
set -e
apt-get update
apt-get install -y curl jq
rm -rf /var/lib/apt/lists/*
EOF
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build
FROM node:18 AS frontend
WORKDIR /ui
COPY ui/ .
RUN yarn install --frozen-lockfile \
 && yarn build \
 # the dist folder is copied later
 && rm -rf node_modules

FROM scratch
COPY --link --from=build /out/app /
