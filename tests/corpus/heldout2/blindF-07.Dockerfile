# corpus: modelled-on=node release-tooling image; TARGETARCH declared only before FROM, used with a :-amd64 default
# corpus: expect=AL203@13,AL301@13
ARG TARGETARCH
ARG NODE_MAJOR=20
FROM node:${NODE_MAJOR}-bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git \
 && rm -rf /var/lib/apt/lists/*

# yq is used by the release scripts to patch chart versions
RUN curl -fsSLo /usr/local/bin/yq \
      "https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_${TARGETARCH:-amd64}" \
 && chmod +x /usr/local/bin/yq

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
USER node
CMD ["node", "scripts/release.mjs"]
