# corpus: modelled-on=zig cc cross builds of C/Zig tools
# corpus: expect=AL205@7
FROM alpine:3.20 AS build
RUN apk add --no-cache zig
WORKDIR /src
COPY . .
RUN zig build -Doptimize=ReleaseSmall -Dtarget=x86_64-linux-musl
FROM scratch
COPY --from=build /src/zig-out/bin/tool /tool
