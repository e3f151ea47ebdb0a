# corpus: modelled-on=tonistiigi/xx README C example (xx-clang, xx-apk)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM alpine:3.20 AS build
COPY --from=xx / /
RUN apk add clang lld
ARG TARGETPLATFORM
RUN xx-apk add --no-cache gcc musl-dev
WORKDIR /src
COPY hello.c .
RUN xx-clang -o /hello hello.c && xx-verify /hello
FROM scratch
COPY --from=build /hello /hello
