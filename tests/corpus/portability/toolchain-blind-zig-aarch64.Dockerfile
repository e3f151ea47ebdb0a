# corpus: modelled-on=zig build pinned to aarch64 (blind batch: labelled before running archlint)
# corpus: expect=AL205@7
FROM alpine:3.20 AS build
RUN apk add --no-cache zig
WORKDIR /src
COPY . .
RUN zig build -Doptimize=ReleaseSafe -Dtarget=aarch64-linux-musl
FROM scratch
COPY --from=build /src/zig-out/bin/app /app
