# corpus: modelled-on=single-page apps building assets on BUILDPLATFORM and serving from nginx (correct pattern)
# corpus: expect=
FROM --platform=$BUILDPLATFORM node:20-alpine AS assets
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=assets /app/dist /usr/share/nginx/html
EXPOSE 80
