# corpus: modelled-on=discord.js music bot (node:22-bookworm-slim, ffmpeg, @discordjs/opus native fallback build)
# corpus: expect=
FROM node:22-bookworm-slim

# ffmpeg for audio; python3/make/g++ so @discordjs/opus can compile from
# source when no prebuilt binary matches (happens for the Pi / arm64 host)
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /bot
COPY package*.json ./
RUN npm ci --omit=dev

COPY . .
RUN chown -R node:node /bot
USER node

ENV NODE_ENV=production
CMD ["node", "src/index.js"]
