# corpus: modelled-on=xx-based C build with an accidental $BUILDPLATFORM on the final image
# corpus: expect=AL208@15
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM alpine:3.20 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld make pkgconf
ARG TARGETPLATFORM
RUN xx-apk add --no-cache musl-dev gcc libcap-dev
WORKDIR /src
COPY . .
RUN make CC=xx-clang LDFLAGS="-static" -j"$(nproc)" \
    && xx-verify --static bin/portwarden

FROM --platform=$BUILDPLATFORM alpine:3.20
RUN apk add --no-cache libcap tini
COPY --from=build /src/bin/portwarden /usr/sbin/portwarden
ENTRYPOINT ["/sbin/tini", "--", "/usr/sbin/portwarden"]
