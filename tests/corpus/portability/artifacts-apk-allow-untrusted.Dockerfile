# corpus: modelled-on=Alpine images adding a locally built .apk
# corpus: expect=AL302@5
FROM alpine:3.20
COPY packages/ /tmp/packages/
RUN apk add --no-cache --allow-untrusted /tmp/packages/ttyd-1.7.7-r0.x86_64.apk
