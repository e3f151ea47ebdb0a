# corpus: modelled-on=volschin/ffmpeg-static Dockerfile + charlie-to/ffmpeg (johnvansickle amd64 static build) feeding a Node render worker with fonts
# corpus: expect=AL301@4
FROM debian:bookworm-slim AS ffmpeg
ADD https://johnvansickle.com/ffmpeg/releases/ffmpeg-release-amd64-static.tar.xz /tmp/ffmpeg.tar.xz
RUN apt-get update && apt-get install -y --no-install-recommends xz-utils \
 && mkdir -p /out \
 && tar -xJf /tmp/ffmpeg.tar.xz -C /out --strip-components=1 --wildcards '*/ffmpeg' '*/ffprobe'

FROM node:20-bookworm-slim
ENV NODE_ENV=production
RUN echo "deb http://deb.debian.org/debian bookworm contrib" > /etc/apt/sources.list.d/contrib.list \
 && echo "ttf-mscorefonts-installer msttcorefonts/accepted-mscorefonts-eula select true" | debconf-set-selections \
 && apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-noto-cjk fonts-noto-color-emoji ttf-mscorefonts-installer \
 && fc-cache -f \
 && rm -rf /var/lib/apt/lists/*
COPY --from=ffmpeg /out/ffmpeg /out/ffprobe /usr/local/bin/
COPY fonts/ /usr/share/fonts/truetype/brand/
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "render-worker.js"]
