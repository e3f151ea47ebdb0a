# corpus: modelled-on=Node.js images preloading jemalloc from the x86-64 triplet
# corpus: expect=AL403@5
FROM node:18-bullseye
RUN apt-get update && apt-get install -y --no-install-recommends libvips-dev
ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
RUN apt-get install -y libjemalloc2
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
