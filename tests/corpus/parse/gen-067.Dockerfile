ARG JDK=21
ARG DISTRO=jammy
FROM node:18 AS frontend
WORKDIR /ui
COPY ui/ .
RUN yarn install --frozen-lockfile \
 && yarn build \
 # the dist folder is copied later
 && rm -rf node_modules

FROM scratch
COPY --link --from=build /out/app /
