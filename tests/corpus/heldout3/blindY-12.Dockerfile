# corpus: modelled-on=electron-userland/electron-builder docker/wine Dockerfile + renyufu/electron-packager Dockerfile (wine for Windows targets)
# corpus: expect=AL205@7,AL402@8,AL304@11
FROM node:20-bookworm

ENV ELECTRON_CACHE=/root/.cache/electron \
    ELECTRON_BUILDER_CACHE=/root/.cache/electron-builder \
    npm_config_arch=x64 \
    CXXFLAGS="-O2 -msse4.2"

# wine is needed to stamp the Windows installer (rcedit / signtool)
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends wine wine64 xvfb rpm fakeroot \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /project
COPY package.json package-lock.json ./
# native deps (better-sqlite3, keytar) are rebuilt against Electron's headers
RUN npm ci \
 && npx electron-builder install-app-deps
COPY . .
RUN npm run build
CMD ["npx", "electron-builder", "--linux", "AppImage", "deb", "--win", "nsis", "--publish", "never"]
