# corpus: modelled-on=builder with platform arg defaults (blind batch: labelled before running archlint)
# corpus: expect=AL207@5
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS=linux
ARG TARGETARCH=amd64
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
