# corpus: modelled-on=C tool cross-built with tonistiigi/xx (xx-clang) after sed patching the Makefile
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.3.0 AS xx

FROM --platform=$BUILDPLATFORM alpine:3.19 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld make pkgconf
ARG TARGETPLATFORM
RUN xx-apk add --no-cache musl-dev gcc zlib-dev zlib-static
WORKDIR /src
COPY . .
# upstream Makefile assumes gcc and sets "ARCH=x86_64" for its release tarball name only
RUN sed -i -e 's/^CC *=.*/CC ?= cc/' -e 's/ -Werror//' Makefile \
 && make CC=xx-clang LDFLAGS="-static" -j"$(nproc)" \
 && xx-verify --static ./pigzlite \
 && install -D -m 0755 pigzlite /out/usr/local/bin/pigzlite

FROM alpine:3.19
COPY --from=build /out/ /
RUN adduser -D worker
USER worker
ENTRYPOINT ["pigzlite"]
CMD ["--help"]
