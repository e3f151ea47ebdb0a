# Maintained by the platform team.
# See README for build instructions.

ARG  REGISTRY=docker.io
ARG TAG
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build

FROM scratch
COPY --link --from=build /out/app /
