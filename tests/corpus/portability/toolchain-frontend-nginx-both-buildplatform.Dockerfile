# corpus: modelled-on=single-page apps where the nginx stage also got --platform=$BUILDPLATFORM
# corpus: expect=AL208@8
FROM --platform=$BUILDPLATFORM node:20-alpine AS assets
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM --platform=$BUILDPLATFORM nginx:1.27-alpine
COPY --from=assets /app/dist /usr/share/nginx/html
