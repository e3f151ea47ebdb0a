#syntax=docker/dockerfile:1-labs
ARG JDK=21
ARG DISTRO=jammy
FROM alpine:3.20
RUN <<-'SCRIPT'
	#!/bin/sh
	echo "literal $HOME"
	SCRIPT
COPY <<EOF /etc/app/config.ini
[server]
port = 8080
EOF

FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build

FROM scratch
COPY --link --from=build /out/app /
