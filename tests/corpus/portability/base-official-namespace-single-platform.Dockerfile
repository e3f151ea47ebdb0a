# corpus: modelled-on=docker-library per-arch namespaces in a declared arm64 build
# corpus: platforms=linux/arm64
# corpus: expect=
FROM arm64v8/alpine:3.20
RUN apk add --no-cache bash
