# corpus: modelled-on=BuildKit cache mounts with a constant GOARCH in a BUILDPLATFORM stage (blind batch 2: labelled before running archlint)
# corpus: expect=AL204@7
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    GOOS=linux GOARCH=amd64 go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
