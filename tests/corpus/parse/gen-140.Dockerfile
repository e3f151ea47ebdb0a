ARG  REGISTRY=docker.io
ARG TAG
FROM alpine
CMD ["broken json", ]
ENTRYPOINT [not json]
RUN [ "a" ]
ADD ["https://example.org/file.tar.gz", "/tmp/"]
COPY ["a b.txt", "/dst/"]
HEALTHCHECK NONE
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build
  FROM   alpine:3.19   AS   Final
	RUN	echo tabs
Run echo mixed case
maintainer someone@example.com
LABEL org.opencontainers.image.title="demo app" \
      org.opencontainers.image.version=1.0 \
      description='single quoted'
ENV PATH /usr/local/bin:$PATH
ENV A=1 B="two words" C='three' D=a\ b
EXPOSE 80 443/tcp
WORKDIR /srv/my app

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
