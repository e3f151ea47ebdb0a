# corpus: modelled-on=GOARCH from TARGETARCH with a fallback for the classic builder (blind batch 2: labelled before running archlint)
# corpus: expect=
FROM golang:1.22 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN GOARCH=${TARGETARCH:-amd64} go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
