# corpus: modelled-on=build script driven by a constant GOARCH (blind batch 3: labelled before running archlint)
# corpus: expect=AL204@6
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN set -ex && GOARCH=amd64 GOOS=linux ./scripts/build.sh
FROM debian:bookworm-slim
COPY --from=build /src/bin/app /app
