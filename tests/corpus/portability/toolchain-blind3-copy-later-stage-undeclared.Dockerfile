# corpus: modelled-on=later stage copying an arch-named output without its own ARG (blind batch 3: labelled before running archlint)
# corpus: expect=AL203@9
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/${TARGETARCH}/app .
FROM alpine:3.20
COPY --from=build /out/${TARGETARCH}/app /usr/local/bin/app
