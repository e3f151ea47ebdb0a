# corpus: modelled-on=BUILDPLATFORM Go with ENV GOOS only (blind batch: labelled before running archlint)
# corpus: expect=AL206@8
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
ENV GOOS=$TARGETOS CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app
FROM alpine
COPY --from=build /out/app /app
