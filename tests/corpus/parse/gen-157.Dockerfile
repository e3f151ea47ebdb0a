# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG GO_VERSION=1.22
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
