# corpus: modelled-on=a BUILDPLATFORM asset stage running the x64 Tailwind CLI
# corpus: expect=
FROM --platform=$BUILDPLATFORM node:20 AS assets
WORKDIR /app
RUN curl -fsSL https://github.com/tailwindlabs/tailwindcss/releases/latest/download/tailwindcss-linux-x64 -o /usr/local/bin/tailwindcss && chmod +x /usr/local/bin/tailwindcss
COPY . .
RUN tailwindcss -i ./in.css -o ./out.css --minify
FROM nginx:alpine
COPY --from=assets /app/out.css /usr/share/nginx/html/
