# corpus: modelled-on=frontend assets pinned to amd64 (blind batch: labelled before running archlint)
# corpus: expect=AL201@3
FROM --platform=linux/amd64 node:20 AS assets
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM nginx:1.27
COPY --from=assets /app/dist /usr/share/nginx/html
