# syntax=docker/dockerfile:1
FROM node:20-slim AS deps
WORKDIR /app
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    --mount=type=bind,source=package.json,target=package.json \
    --mount=type=bind,source=package-lock.json,target=package-lock.json \
    --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev
RUN --mount=type=ssh git ls-remote git@github.com:org/private.git
RUN --network=none --security=sandbox echo offline
FROM deps AS test
RUN --mount=type=tmpfs,target=/tmp npm test
