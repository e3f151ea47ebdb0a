# corpus: modelled-on=small C daemons compiled with gcc in a BUILDPLATFORM stage
# corpus: expect=AL206@7
FROM --platform=$BUILDPLATFORM alpine:3.20 AS build
RUN apk add --no-cache build-base
WORKDIR /src
COPY tiny.c .
RUN gcc -O2 -static -o /tiny tiny.c
FROM scratch
COPY --from=build /tiny /tiny
ENTRYPOINT ["/tiny"]
